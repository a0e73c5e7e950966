package org.bellwether.api.network;

import java.time.Instant;
import org.bellwether.api.network.db.QuarantineRow;

/** A received record that was quarantined, and why. */
public record QuarantineEntry(long id, String city, String narrativeId, String reason, Instant receivedAt) {
    static QuarantineEntry of(QuarantineRow row) {
        return new QuarantineEntry(row.id(), row.city(), row.narrativeId(), row.reason(), row.receivedAt());
    }
}
