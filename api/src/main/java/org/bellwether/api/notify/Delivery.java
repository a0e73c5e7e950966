package org.bellwether.api.notify;

import java.time.Instant;
import org.bellwether.api.notify.db.OutboxRow;

/**
 * Where one notification is: {@code queued} (waiting, perhaps for quiet hours to end, or retrying), {@code sent} (the
 * platform took it), {@code delivered} or {@code read} (the platform reported so), or {@code failed} (given up, or
 * reported undeliverable), with the time of that state and the last error.
 *
 * @param notBefore when a queued notification is next tried
 */
public record Delivery(long id, String channel, String status, Instant at, String error, int attempts,
                       Instant queuedAt, Instant notBefore) {

    public static Delivery of(OutboxRow row) {
        String status;
        Instant at;
        String error = row.reportedError() != null ? row.reportedError() : row.lastError();
        if (row.failedAt() != null) {
            status = "failed";
            at = row.failedAt();
        } else if (row.reportedStatus() != null) {
            status = row.reportedStatus();
            at = row.reportedAt();
        } else if (row.deliveredAt() != null) {
            status = "sent";
            at = row.deliveredAt();
        } else {
            status = "queued";
            at = row.createdAt();
        }
        return new Delivery(row.id(), row.channel(), status, at, error, row.attempts(), row.createdAt(),
                row.deliveredAt() == null && row.failedAt() == null ? row.nextAttemptAt() : null);
    }
}
