package org.bellwether.api.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Hand-written row mappers for the rows read on every state change: JDBI's reflective constructor mapper works
 * out the column-to-parameter mapping again for every result set, which cost more than the queries themselves.
 */
final class Rows {
    private Rows() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Maps {@link AssignmentRow} (with the joined pseudonym and label). */
    public static final class AssignmentMapper implements RowMapper<AssignmentRow> {
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

    /** Maps {@link TriageCaseRow}. */
    public static final class TriageCaseMapper implements RowMapper<TriageCaseRow> {
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

    /** Maps {@link MessengerRow} (with the counted columns). */
    public static final class MessengerMapper implements RowMapper<MessengerRow> {
        @Override
        public MessengerRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new MessengerRow(uuid(rs, "id"), nullableLong(rs, "user_id"), rs.getString("display_name"),
                    rs.getString("pseudonym"), rs.getString("email_sealed"), rs.getString("phone_sealed"),
                    rs.getString("profile"), rs.getInt("capacity"), rs.getBoolean("available"),
                    instant(rs, "absent_from"), instant(rs, "absent_until"), rs.getBoolean("consent"),
                    instant(rs, "consent_at"), rs.getBoolean("active"), rs.getString("preferred_language"),
                    rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at"),
                    rs.getInt("open_assignments"), rs.getInt("endorsements"), rs.getInt("responded"),
                    rs.getInt("declined"));
        }
    }
}
