package org.bellwether.api.admin;

import java.time.Instant;
import org.bellwether.ingest.CollectorCounters;

/**
 * One messaging line (sms, whatsapp, telegram, email) as the sources page shows it: whether it is on, what came in
 * (the line's counters, when it takes messages) and what went out through the outbox.
 *
 * @param lastMessageAt the latest message in or out, or null
 * @param lastError     the latest error in or out, or null
 */
public record LineStatus(String line, boolean enabled, CollectorCounters.Snapshot received, Outgoing sent,
                         Instant lastMessageAt, String lastError) {

    /** What the outbox sent on the line: waiting, taken by the platform, reported delivered, failed. */
    public record Outgoing(long queued, long sent, long delivered, long failed, Instant lastSentAt, String lastError) {
        public static final Outgoing NONE = new Outgoing(0, 0, 0, 0, null, null);
    }
}
