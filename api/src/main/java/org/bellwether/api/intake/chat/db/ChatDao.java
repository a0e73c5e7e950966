package org.bellwether.api.intake.chat.db;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The tip lines' conversations and the updates they have handled. */
@RegisterConstructorMapper(ChatConversationRow.class)
public interface ChatDao {

    /** Records an update as handled; returns 0 when it already was (a platform's retry). */
    @SqlUpdate("""
            INSERT INTO chat_updates (platform, update_hash, received_at) VALUES (:platform, :updateHash, :at)
            ON CONFLICT DO NOTHING
            """)
    int recordUpdate(String platform, String updateHash, Instant at);

    /** The conversation, locked until the transaction ends. */
    @SqlQuery("SELECT * FROM chat_conversations WHERE platform = :platform AND chat_hash = :chatHash FOR UPDATE")
    Optional<ChatConversationRow> findForUpdate(String platform, String chatHash);

    @SqlUpdate("""
            INSERT INTO chat_conversations (platform, chat_hash, chat_sealed, state, language, pending_sealed,
                                            updated_at)
            VALUES (:platform, :chatHash, :chatSealed, :state, :language, :pendingSealed, :updatedAt)
            ON CONFLICT (platform, chat_hash) DO UPDATE SET chat_sealed = EXCLUDED.chat_sealed,
                state = EXCLUDED.state, language = EXCLUDED.language, pending_sealed = EXCLUDED.pending_sealed,
                updated_at = EXCLUDED.updated_at
            """)
    void save(String platform, String chatHash, String chatSealed, String state, String language,
              String pendingSealed, Instant updatedAt);

    @SqlUpdate("DELETE FROM chat_conversations WHERE platform = :platform AND chat_hash = :chatHash")
    int forget(String platform, String chatHash);

    /** Forgets handled update ids older than the cut-off: the platforms retry for a day or so at most. */
    @SqlUpdate("DELETE FROM chat_updates WHERE received_at < :before")
    int forgetUpdatesBefore(Instant before);

    @SqlQuery("SELECT count(*) FROM chat_conversations WHERE platform = :platform")
    long conversations(String platform);
}
