package org.bellwether.api.notify.db;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
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

    /**
     * Enqueues once per {@code dedupKey}, not to be sent before {@code notBefore} (a messenger's quiet hours), about
     * an assignment when {@code assignmentId} is set; returns 0 when that key is already queued.
     */
    @SqlUpdate("""
            INSERT INTO outbox (channel, destination, recipient_sealed, subject, body, dedup_key, next_attempt_at,
                                assignment_id)
            VALUES (:channel, :destination, :recipientSealed, :subject, :body, :dedupKey, :notBefore, :assignmentId)
            ON CONFLICT (dedup_key) DO NOTHING
            """)
    int enqueueAt(String channel, String destination, String recipientSealed, String subject, String body,
                  String dedupKey, Instant notBefore, UUID assignmentId);

    /** Sent: the platform took it, under its id {@code providerId} (or null). */
    @SqlUpdate("""
            UPDATE outbox SET delivered_at = :at, attempts = attempts + 1, last_error = NULL, provider_id = :providerId
            WHERE id = :id
            """)
    int markDelivered(long id, Instant at, String providerId);

    /**
     * A platform's delivery report for the message it knows as {@code providerId}: delivered, read or failed. A
     * report never goes back (a late "delivered" after "read" is ignored). Returns 0 for an unknown message.
     */
    @SqlUpdate("""
            UPDATE outbox SET reported_status = :status, reported_at = :at, reported_error = :error
            WHERE channel = :channel AND provider_id = :providerId
              AND (reported_status IS NULL OR reported_status = 'delivered' AND :status <> 'delivered')
            """)
    int report(String channel, String providerId, String status, Instant at, String error);

    /** The notifications about one assignment, oldest first. */
    @SqlQuery("SELECT * FROM outbox WHERE assignment_id = :assignmentId ORDER BY id")
    List<OutboxRow> forAssignment(UUID assignmentId);

    /** Per channel: queued, sent, reported delivered or read, failed, the last send and the last error. */
    @SqlQuery("""
            SELECT channel,
                   count(*) FILTER (WHERE delivered_at IS NULL AND failed_at IS NULL) AS queued,
                   count(*) FILTER (WHERE delivered_at IS NOT NULL) AS sent,
                   count(*) FILTER (WHERE reported_status IN ('delivered', 'read')) AS delivered,
                   count(*) FILTER (WHERE failed_at IS NOT NULL OR reported_status = 'failed') AS failed,
                   max(delivered_at) AS last_sent_at,
                   (SELECT coalesce(o2.reported_error, o2.last_error) FROM outbox o2
                     WHERE o2.channel = o.channel AND (o2.last_error IS NOT NULL OR o2.reported_error IS NOT NULL)
                     ORDER BY o2.id DESC LIMIT 1) AS last_error
            FROM outbox o GROUP BY channel ORDER BY channel
            """)
    @RegisterConstructorMapper(ChannelStatsRow.class)
    List<ChannelStatsRow> channelStats();

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
