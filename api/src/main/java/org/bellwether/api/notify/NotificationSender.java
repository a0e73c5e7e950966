package org.bellwether.api.notify;

import org.bellwether.api.notify.db.OutboxRow;

/** Delivers outbox rows of one channel. Throwing means "not delivered, try again later". */
public interface NotificationSender {
    String channel();

    /**
     * @param row       the row to deliver
     * @param recipient the opened recipient address (email, phone), or null when the row has none
     */
    void send(OutboxRow row, String recipient) throws Exception;
}
