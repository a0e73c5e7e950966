package org.bellwether.api.notify.db;

import java.time.Instant;

/** The outbox's figures for one channel. */
public record ChannelStatsRow(String channel, long queued, long sent, long delivered, long failed,
                              Instant lastSentAt, String lastError) {
}
