package org.bellwether.api.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Assignments. State changes are conditional on the version (optimistic locking). */
@RegisterRowMapper(Rows.AssignmentMapper.class)
public interface AssignmentDao {
    String SELECT = """
            SELECT a.*, m.user_id AS messenger_user_id, m.pseudonym AS messenger_pseudonym,
                   c.label AS narrative_label
            FROM assignments a JOIN messengers m ON m.id = a.messenger_id JOIN triage_cases c ON c.id = a.case_id
            """;

    @SqlQuery(SELECT + " WHERE a.id = :id")
    Optional<AssignmentRow> find(UUID id);

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

    @SqlUpdate("""
            UPDATE assignments
            SET state = :toState, decline_reason = coalesce(:declineReason, decline_reason),
                withdraw_reason = coalesce(:withdrawReason, withdraw_reason),
                reassigned_to = coalesce(:reassignedTo, reassigned_to),
                version = version + 1, updated_at = now()
            WHERE id = :id AND version = :expectedVersion
            """)
    int transition(UUID id, long expectedVersion, String toState, String declineReason, String withdrawReason,
                   UUID reassignedTo);

    @SqlUpdate("""
            UPDATE assignments
            SET state = 'responded', response_channel = :channel, response_link = :link,
                response_description = :description, response_language = :language,
                estimated_reach = :estimatedReach, responded_at = :respondedAt,
                version = version + 1, updated_at = now()
            WHERE id = :id AND version = :expectedVersion
            """)
    int respond(UUID id, long expectedVersion, String channel, String link, String description, String language,
                Long estimatedReach, Instant respondedAt);

    @SqlQuery("SELECT min(responded_at) FROM assignments WHERE narrative_id = :narrativeId")
    Optional<Instant> firstResponseAt(String narrativeId);
}
