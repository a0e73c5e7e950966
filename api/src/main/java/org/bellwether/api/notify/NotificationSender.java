package org.bellwether.api.notify;

import org.bellwether.api.notify.db.OutboxRow;

/**
 * Delivers outbox rows of one channel. Throwing means "not delivered, try again later"; returning means the platform
 * took the message, with the id it gave it (for its later delivery reports) or null.
 */
public interface NotificationSender {
    String channel();

    /**
     * @param row       the row to deliver
     * @param recipient the opened recipient address (email, phone), or null when the row has none
     * @return the platform's id of the sent message, or null
     */
    String send(OutboxRow row, String recipient) throws Exception;
}
