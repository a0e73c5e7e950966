package org.bellwether.api.inbox;

import java.time.Clock;
import org.bellwether.api.common.Page;
import org.bellwether.api.inbox.db.InboxDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The in-app inbox. Other features deliver into it inside their own transaction ({@link #deliver}), once per
 * dedup key; users read theirs and mark items read. Thread-safe.
 */
public final class Inbox {
    private final Jdbi jdbi;
    private final Clock clock;

    public Inbox(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Delivers an item in the caller's transaction; false when the dedup key was delivered before. */
    public static boolean deliver(Handle handle, long userId, String kind, String title, String body, String link,
                                  String dedupKey, java.time.Instant at) {
        return handle.attach(InboxDao.class).deliver(userId, kind, title, body, link, dedupKey, at) == 1;
    }

    public Page<InboxItem> list(long userId, boolean unreadOnly, int page, int pageSize) {
        return jdbi.withHandle(handle -> {
            InboxDao dao = handle.attach(InboxDao.class);
            return new Page<>(dao.count(userId, unreadOnly), page, pageSize,
                    dao.list(userId, unreadOnly, pageSize, page * pageSize).stream().map(InboxItem::of).toList());
        });
    }

    /** Marks one of the user's items read; false when it is not theirs or already read. */
    public boolean markRead(long userId, long itemId) {
        return jdbi.withExtension(InboxDao.class, dao -> dao.markRead(itemId, userId, clock.instant()) == 1);
    }
}
