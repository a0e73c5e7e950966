package org.bellwether.api.notify;

import java.time.Instant;
import java.util.UUID;
import org.bellwether.api.notify.db.OutboxDao;
import org.jdbi.v3.core.Handle;

/** Queues notifications inside the caller's transaction, so they exist if and only if the change commits. */
public final class Outbox {
    private Outbox() {
    }

    /** Returns true when queued, false when its dedup key was already queued. */
    public static boolean enqueue(Handle handle, Notification notification) {
        return handle.attach(OutboxDao.class).enqueue(notification.channel(), notification.destination(),
                notification.recipientSealed(), notification.subject(), notification.body(),
                notification.dedupKey()) == 1;
    }

    /** Queues a notification about an assignment, to go out no earlier than {@code notBefore}. */
    public static boolean enqueue(Handle handle, Notification notification, Instant notBefore, UUID assignmentId) {
        return handle.attach(OutboxDao.class).enqueueAt(notification.channel(), notification.destination(),
                notification.recipientSealed(), notification.subject(), notification.body(),
                notification.dedupKey(), notBefore, assignmentId) == 1;
    }
}
