package org.bellwether.api.inbox.db;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The in-app inbox: one item per dedup key, ever. */
@RegisterConstructorMapper(InboxRow.class)
public interface InboxDao {
    @SqlUpdate("""
            INSERT INTO inbox_items (user_id, kind, title, body, link, dedup_key, created_at)
            VALUES (:userId, :kind, :title, :body, :link, :dedupKey, :createdAt)
            ON CONFLICT (dedup_key) DO NOTHING
            """)
    int deliver(long userId, String kind, String title, String body, String link, String dedupKey,
                Instant createdAt);

    @SqlQuery("""
            SELECT id, user_id, kind, title, body, link, created_at, read_at FROM inbox_items
            WHERE user_id = :userId AND (:unreadOnly = false OR read_at IS NULL)
            ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset
            """)
    List<InboxRow> list(long userId, boolean unreadOnly, int limit, int offset);

    @SqlQuery("SELECT count(*) FROM inbox_items WHERE user_id = :userId AND (:unreadOnly = false OR read_at IS NULL)")
    long count(long userId, boolean unreadOnly);

    @SqlUpdate("UPDATE inbox_items SET read_at = :now WHERE id = :id AND user_id = :userId AND read_at IS NULL")
    int markRead(long id, long userId, Instant now);
}
