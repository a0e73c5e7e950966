package org.bellwether.api.triage.db;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.UseTemplateEngine;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Triage cases, their alerts, notes and history. Updates are conditional on the version (optimistic locking). */
@RegisterRowMapper(TriageCaseMapper.class)
@RegisterConstructorMapper(TriageNoteRow.class)
@RegisterConstructorMapper(TriageEventRow.class)
public interface TriageDao {

    @SqlQuery("SELECT * FROM triage_cases WHERE id = :id")
    Optional<TriageCaseRow> find(UUID id);

    @SqlQuery("SELECT * FROM triage_cases WHERE narrative_id = :narrativeId FOR UPDATE")
    Optional<TriageCaseRow> lockByNarrative(String narrativeId);

    @SqlQuery("SELECT * FROM triage_cases WHERE narrative_id = :narrativeId")
    Optional<TriageCaseRow> findByNarrative(String narrativeId);

    @UseTemplateEngine(DefinedAttributeTemplateEngine.class)
    @SqlQuery("SELECT * FROM triage_cases WHERE narrative_id IN (<narrativeIds>)")
    List<TriageCaseRow> findByNarratives(@BindList("narrativeIds") Collection<String> narrativeIds);

    /** The queue: open cases first by priority; {@code state} null = every state except closed and dismissed. */
    @SqlQuery("""
            SELECT * FROM triage_cases
            WHERE (CAST(:state AS text) IS NULL AND state NOT IN ('closed', 'dismissed') OR state = :state)
              AND (NOT :overdueOnly OR (state IN ('new', 'acknowledged') AND target_at < :now))
            ORDER BY priority DESC, last_flagged_at DESC
            LIMIT :limit OFFSET :offset
            """)
    List<TriageCaseRow> queue(String state, boolean overdueOnly, Instant now, int limit, int offset);

    @SqlQuery("""
            SELECT count(*) FROM triage_cases
            WHERE (CAST(:state AS text) IS NULL AND state NOT IN ('closed', 'dismissed') OR state = :state)
              AND (NOT :overdueOnly OR (state IN ('new', 'acknowledged') AND target_at < :now))
            """)
    long count(String state, boolean overdueOnly, Instant now);

    @SqlUpdate("""
            INSERT INTO triage_cases (id, narrative_id, label, severity, priority, state, first_flagged_at,
                                      last_flagged_at, target_at)
            VALUES (:id, :narrativeId, :label, :severity, :priority, 'new', :flaggedAt, :flaggedAt, :targetAt)
            ON CONFLICT (narrative_id) DO NOTHING
            """)
    int insertIfAbsent(UUID id, String narrativeId, String label, String severity, double priority,
                       Instant flaggedAt, Instant targetAt);

    /** A new alert for an open case: newest label and priority, the higher severity and the earlier target. */
    @SqlUpdate("""
            UPDATE triage_cases
            SET label = :label, priority = :priority, severity = :severity, target_at = :targetAt,
                flag_count = flag_count + 1, last_flagged_at = greatest(last_flagged_at, :flaggedAt),
                version = version + 1, updated_at = now()
            WHERE id = :id
            """)
    int reflag(UUID id, String label, String severity, double priority, Instant flaggedAt, Instant targetAt);

    /** A new alert for a closed case: back to new with a fresh target. */
    @SqlUpdate("""
            UPDATE triage_cases
            SET state = 'new', label = :label, priority = :priority, severity = :severity, target_at = :targetAt,
                dismiss_reason = NULL, decided_at = NULL, escalated_at = NULL, flag_count = flag_count + 1,
                last_flagged_at = :flaggedAt, version = version + 1, updated_at = now()
            WHERE id = :id
            """)
    int reopen(UUID id, String label, String severity, double priority, Instant flaggedAt, Instant targetAt);

    /** Moves a case if, and only if, it is still at {@code expectedVersion}; 0 rows means a stale write. */
    @SqlUpdate("""
            UPDATE triage_cases
            SET state = :toState, dismiss_reason = :dismissReason, decided_at = coalesce(decided_at, :decidedAt),
                version = version + 1, updated_at = now()
            WHERE id = :id AND version = :expectedVersion
            """)
    int transition(UUID id, long expectedVersion, String toState, String dismissReason, Instant decidedAt);

    @SqlUpdate("UPDATE triage_cases SET version = version + 1, updated_at = now() "
            + "WHERE id = :id AND version = :expectedVersion")
    int touch(UUID id, long expectedVersion);

    @SqlUpdate("""
            INSERT INTO triage_alerts (alert_id, case_id, narrative_id, rule, severity, priority, reason, flagged_at)
            VALUES (:alertId, :caseId, :narrativeId, :rule, :severity, :priority, :reason, :flaggedAt)
            ON CONFLICT (alert_id) DO NOTHING
            """)
    int insertAlert(String alertId, UUID caseId, String narrativeId, String rule, String severity, double priority,
                    String reason, Instant flaggedAt);

    @SqlQuery("SELECT count(*) FROM triage_alerts WHERE alert_id = :alertId")
    int alertSeen(String alertId);

    @SqlQuery("SELECT count(*) FROM triage_alerts WHERE case_id = :caseId")
    int alertCount(UUID caseId);

    @SqlUpdate("INSERT INTO triage_notes (case_id, author, body, created_at) VALUES (:caseId, :author, :body, :at)")
    void insertNote(UUID caseId, String author, String body, Instant at);

    @SqlQuery("SELECT * FROM triage_notes WHERE case_id = :caseId ORDER BY id")
    List<TriageNoteRow> notes(UUID caseId);

    @SqlUpdate("""
            INSERT INTO triage_events (case_id, from_state, to_state, actor, reason, at)
            VALUES (:caseId, :fromState, :toState, :actor, :reason, :at)
            """)
    void insertEvent(UUID caseId, String fromState, String toState, String actor, String reason, Instant at);

    @SqlQuery("SELECT * FROM triage_events WHERE case_id = :caseId ORDER BY id")
    List<TriageEventRow> events(UUID caseId);

    /** Undecided cases past their target that have not been escalated yet, locked for this node. */
    @SqlQuery("""
            SELECT * FROM triage_cases
            WHERE state IN ('new', 'acknowledged') AND target_at < :now AND escalated_at IS NULL
            ORDER BY target_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED
            """)
    List<TriageCaseRow> dueForEscalation(Instant now, int limit);

    @SqlUpdate("UPDATE triage_cases SET escalated_at = :at WHERE id = :id")
    int markEscalated(UUID id, Instant at);
}
