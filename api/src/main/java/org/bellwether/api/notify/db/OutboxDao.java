package org.bellwether.api.notify.db;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.UseTemplateEngine;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The notification outbox. */
@RegisterConstructorMapper(OutboxRow.class)
public interface OutboxDao {

    /** Enqueues once per {@code dedupKey}; returns 0 when that key is already queued. */
    @SqlUpdate("""
            INSERT INTO outbox (channel, destination, recipient_sealed, subject, body, dedup_key)
            VALUES (:channel, :destination, :recipientSealed, :subject, :body, :dedupKey)
            ON CONFLICT (dedup_key) DO NOTHING
            """)
    int enqueue(String channel, String destination, String recipientSealed, String subject, String body,
                String dedupKey);

    /**
     * Claims due rows of the given channels for this node until {@code leaseUntil} (their next attempt time), so no
     * other node sends them meanwhile; returns them.
     */
    @UseTemplateEngine(DefinedAttributeTemplateEngine.class)
    @SqlQuery("""
            UPDATE outbox SET next_attempt_at = :leaseUntil
            WHERE id IN (SELECT id FROM outbox
                         WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= :now
                           AND channel IN (<channels>)
                         ORDER BY id
                         LIMIT :limit
                         FOR UPDATE SKIP LOCKED)
            RETURNING *
            """)
    List<OutboxRow> claimDue(@BindList("channels") Collection<String> channels, Instant now, Instant leaseUntil,
                             int limit);

    @SqlUpdate("UPDATE outbox SET delivered_at = :at, attempts = attempts + 1, last_error = NULL WHERE id = :id")
    int markDelivered(long id, Instant at);

    @SqlUpdate("""
            UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :nextAttemptAt, last_error = :error,
                   failed_at = CASE WHEN attempts + 1 >= :maxAttempts THEN CAST(:now AS timestamptz) ELSE NULL END
            WHERE id = :id
            """)
    int markFailed(long id, String error, Instant nextAttemptAt, int maxAttempts, Instant now);

    @SqlQuery("SELECT * FROM outbox ORDER BY id")
    List<OutboxRow> all();

    @SqlQuery("SELECT count(*) FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL")
    long pending();

    /** Blanks bodies of delivered rows older than the cut-off (retention). */
    @SqlUpdate("UPDATE outbox SET body = '', subject = NULL, recipient_sealed = NULL "
            + "WHERE delivered_at IS NOT NULL AND delivered_at < :before AND body <> ''")
    int blankDeliveredBefore(Instant before);
}
