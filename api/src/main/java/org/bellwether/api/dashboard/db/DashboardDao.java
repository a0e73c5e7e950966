package org.bellwether.api.dashboard.db;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The dashboard's read-only queries over the triage and assignment tables. */
@RegisterConstructorMapper(DashboardDao.TriageCounts.class)
@RegisterConstructorMapper(DashboardDao.AlertMarkRow.class)
@RegisterConstructorMapper(DashboardDao.ResponseMarkRow.class)
public interface DashboardDao {

    /** The triage queue's size and version sum (its fingerprint), open and overdue cases at {@code now}. */
    record TriageCounts(long cases, long versions, long open, long overdue) {
    }

    /** An alert taken in for a narrative. */
    record AlertMarkRow(String alertId, String rule, String severity, Double priority, String reason,
                        Instant flaggedAt) {
    }

    /** A recorded response to a narrative, with the messenger's public pseudonym. */
    record ResponseMarkRow(String id, String pseudonym, String responseChannel, String responseLanguage,
                           Long estimatedReach, Instant respondedAt) {
    }

    @SqlQuery("""
            SELECT count(*) AS cases,
                   coalesce(sum(version), 0) AS versions,
                   count(*) FILTER (WHERE state NOT IN ('closed', 'dismissed')) AS open,
                   count(*) FILTER (WHERE state IN ('new', 'acknowledged') AND target_at < :now) AS overdue
            FROM triage_cases
            """)
    TriageCounts triageCounts(Instant now);

    @SqlQuery("""
            SELECT alert_id, rule, severity, priority, reason, flagged_at FROM triage_alerts
            WHERE narrative_id = :narrativeId ORDER BY flagged_at, alert_id LIMIT 500
            """)
    List<AlertMarkRow> alerts(String narrativeId);

    @SqlQuery("""
            SELECT a.id, m.pseudonym, a.response_channel, a.response_language, a.estimated_reach, a.responded_at
            FROM assignments a JOIN messengers m ON m.id = a.messenger_id
            WHERE a.narrative_id = :narrativeId AND a.responded_at IS NOT NULL
            ORDER BY a.responded_at LIMIT 500
            """)
    List<ResponseMarkRow> responses(String narrativeId);
}
