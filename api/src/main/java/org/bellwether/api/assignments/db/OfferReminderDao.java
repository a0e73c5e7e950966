package org.bellwether.api.assignments.db;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Offers not acknowledged yet, and the marks that the messenger was reminded and the officer alerted. */
@RegisterConstructorMapper(UnacknowledgedOfferRow.class)
public interface OfferReminderDao {

    /** Offers still {@code offered} whose officer has not been alerted, oldest first, locked for this run. */
    @SqlQuery("""
            SELECT a.id, a.messenger_id, a.offered_by, a.created_at, a.reminded_at, c.severity, c.label, a.deadline
            FROM assignments a JOIN triage_cases c ON c.id = a.case_id
            WHERE a.state = 'offered' AND a.officer_alerted_at IS NULL AND a.created_at <= :offeredBefore
            ORDER BY a.created_at
            LIMIT :limit
            FOR UPDATE OF a SKIP LOCKED
            """)
    List<UnacknowledgedOfferRow> unacknowledged(Instant offeredBefore, int limit);

    @SqlUpdate("UPDATE assignments SET reminded_at = :at WHERE id = :id AND reminded_at IS NULL")
    int markReminded(UUID id, Instant at);

    @SqlUpdate("UPDATE assignments SET officer_alerted_at = :at WHERE id = :id AND officer_alerted_at IS NULL")
    int markOfficerAlerted(UUID id, Instant at);
}
