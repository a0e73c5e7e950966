package org.bellwether.api.assignments.db;

import static org.bellwether.api.common.db.Columns.instant;
import static org.bellwether.api.common.db.Columns.nullableLong;
import static org.bellwether.api.common.db.Columns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps {@link AssignmentRow} (with the joined pseudonym and label).
 * Hand-written: JDBI's reflective constructor mapper works out the column-to-parameter mapping again for every
 * result set, which cost more than the queries themselves.
 */
public final class AssignmentMapper implements RowMapper<AssignmentRow> {
    @Override
    public AssignmentRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AssignmentRow(uuid(rs, "id"), uuid(rs, "case_id"), rs.getString("narrative_id"),
                uuid(rs, "messenger_id"), nullableLong(rs, "messenger_user_id"), rs.getString("messenger_pseudonym"),
                rs.getString("narrative_label"),
                rs.getString("state"), instant(rs, "deadline"), rs.getString("offered_by"), rs.getString("note"),
                rs.getString("decline_reason"), rs.getString("withdraw_reason"), uuid(rs, "reassigned_to"),
                rs.getString("response_channel"), rs.getString("response_link"),
                rs.getString("response_description"), rs.getString("response_language"),
                nullableLong(rs, "estimated_reach"), instant(rs, "responded_at"), rs.getLong("version"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}
