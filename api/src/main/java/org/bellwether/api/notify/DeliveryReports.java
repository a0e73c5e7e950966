package org.bellwether.api.notify;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bellwether.api.notify.db.ChannelStatsRow;
import org.bellwether.api.notify.db.OutboxDao;
import org.jdbi.v3.core.Jdbi;

/**
 * Delivery status per notification: what the outbox recorded when it sent, and what the platforms report afterwards
 * (WhatsApp's {@code statuses} webhook, the SMS gateway's status callback). Thread-safe.
 */
public final class DeliveryReports {
    private final Jdbi jdbi;

    public DeliveryReports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Records a platform's report on a message it took. {@code status} in the platform's words: delivered, read,
     * failed, undelivered; others (sent, queued, accepted) say nothing new and are skipped. Returns whether a
     * notification changed.
     */
    public boolean report(String channel, String providerId, String status, Instant at, String error) {
        if (providerId == null || providerId.isBlank() || status == null) {
            return false;
        }
        String ours = switch (status.toLowerCase(Locale.ROOT)) {
            case "delivered" -> "delivered";
            case "read" -> "read";
            case "failed", "undelivered" -> "failed";
            default -> null;
        };
        if (ours == null) {
            return false;
        }
        String trimmed = error == null || error.isBlank() ? null : error.length() > 500 ? error.substring(0, 500) : error;
        return jdbi.withExtension(OutboxDao.class, dao -> dao.report(channel, providerId, ours, at,
                ours.equals("failed") ? trimmed : null)) > 0;
    }

    /** The notifications about an assignment, oldest first. */
    public List<Delivery> forAssignment(UUID assignmentId) {
        return jdbi.withExtension(OutboxDao.class, dao -> dao.forAssignment(assignmentId)).stream()
                .map(Delivery::of).toList();
    }

    /** The outbox's figures per channel. */
    public List<ChannelStatsRow> channels() {
        return jdbi.withExtension(OutboxDao.class, OutboxDao::channelStats);
    }
}
