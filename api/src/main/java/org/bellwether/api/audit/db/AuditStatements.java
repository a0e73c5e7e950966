package org.bellwether.api.audit.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The audit record every state change appends, as plain JDBC on the handle's own connection and transaction (see
 * {@code HotStatements} for why not through a SQL object). Errors surface as JDBI's
 * {@link UnableToExecuteStatementException}, as they would through a DAO.
 */
public final class AuditStatements {
    private static final String AUDIT = """
            INSERT INTO audit_log (at, actor, role, action, target_type, target_id, detail, remote_addr)
            VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
            """;

    private AuditStatements() {
    }

    /** Appends one audit record (batches: {@link AuditDao#appendAll}). */
    public static void appendAudit(Handle handle, Instant at, String actor, String role, String action,
                                   String targetType, String targetId, String detail, String remoteAddr) {
        try (PreparedStatement statement = handle.getConnection().prepareStatement(AUDIT)) {
            statement.setObject(1, timestamp(at), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setString(2, actor);
            statement.setString(3, role);
            statement.setString(4, action);
            statement.setString(5, targetType);
            statement.setString(6, targetId);
            statement.setString(7, detail);
            statement.setString(8, remoteAddr);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
