package org.bellwether.api.messengers.db;

import static org.bellwether.api.common.db.Columns.instant;
import static org.bellwether.api.common.db.Columns.nullableLong;
import static org.bellwether.api.common.db.Columns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps {@link MessengerRow} (with the counted columns).
 * Hand-written: JDBI's reflective constructor mapper works out the column-to-parameter mapping again for every
 * result set, which cost more than the queries themselves.
 */
public final class MessengerMapper implements RowMapper<MessengerRow> {
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
