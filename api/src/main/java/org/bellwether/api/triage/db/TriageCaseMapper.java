package org.bellwether.api.triage.db;

import static org.bellwether.api.common.db.Columns.instant;
import static org.bellwether.api.common.db.Columns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps {@link TriageCaseRow}. Hand-written: JDBI's reflective constructor mapper works out the column-to-parameter
 * mapping again for every result set, which cost more than the queries themselves.
 */
public final class TriageCaseMapper implements RowMapper<TriageCaseRow> {
    @Override
    public TriageCaseRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new TriageCaseRow(uuid(rs, "id"), rs.getString("narrative_id"), rs.getString("label"),
                rs.getString("severity"), rs.getDouble("priority"), rs.getString("state"),
                rs.getString("dismiss_reason"), rs.getInt("flag_count"), instant(rs, "first_flagged_at"),
                instant(rs, "last_flagged_at"), instant(rs, "target_at"), instant(rs, "decided_at"),
                instant(rs, "escalated_at"), rs.getLong("version"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }
}
