package org.bellwether.api.network.db;

import java.time.Instant;

/** A row of {@code network_quarantine} without the payload. */
public record QuarantineRow(long id, String city, String narrativeId, String reason, Instant receivedAt) {
}
