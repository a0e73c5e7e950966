package org.bellwether.api.assignments.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Assignments: offers, lists and first responses. Reading one assignment and changing its state (conditional on its
 * version: optimistic locking) are {@link HotStatements}.
 */
@RegisterRowMapper(AssignmentMapper.class)
public interface AssignmentDao {
    String SELECT = """
            SELECT a.*, m.user_id AS messenger_user_id, m.pseudonym AS messenger_pseudonym,
                   c.label AS narrative_label
            FROM assignments a JOIN messengers m ON m.id = a.messenger_id JOIN triage_cases c ON c.id = a.case_id
            """;

    /** Every filter optional (null = any); newest first. */
    @SqlQuery(SELECT + """
            WHERE (CAST(:messengerId AS uuid) IS NULL OR a.messenger_id = :messengerId)
              AND (CAST(:narrativeId AS text) IS NULL OR a.narrative_id = :narrativeId)
              AND (CAST(:state AS text) IS NULL OR a.state = :state)
            ORDER BY a.created_at DESC, a.id
            LIMIT :limit OFFSET :offset
            """)
    List<AssignmentRow> find(UUID messengerId, String narrativeId, String state, int limit, int offset);

    @SqlUpdate("""
            INSERT INTO assignments (id, case_id, narrative_id, messenger_id, state, deadline, offered_by, note)
            VALUES (:id, :caseId, :narrativeId, :messengerId, 'offered', :deadline, :offeredBy, :note)
            """)
    void insert(UUID id, UUID caseId, String narrativeId, UUID messengerId, Instant deadline, String offeredBy,
                String note);

    @SqlQuery("SELECT min(responded_at) FROM assignments WHERE narrative_id = :narrativeId")
    Optional<Instant> firstResponseAt(String narrativeId);
}
