package org.bellwether.api.assignments.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The statements every assignment move runs (read the row, change it under its version),
 * as plain JDBC on the handle's own connection and transaction. Through JDBI's SQL objects the per-statement
 * configuration lookups, customisers and extension proxies cost several times the statements themselves (see the
 * JFR profile of the api benchmark in docs/FIGURES.md); PostgreSQL's driver still prepares the SQL on the
 * server once per connection. Errors surface as JDBI's {@link UnableToExecuteStatementException}, as they would
 * through a DAO.
 */
public final class HotStatements {
    private static final String FIND_ASSIGNMENT = AssignmentDao.SELECT + " WHERE a.id = ?";
    private static final String TRANSITION = """
            UPDATE assignments
            SET state = ?, decline_reason = coalesce(?, decline_reason),
                withdraw_reason = coalesce(?, withdraw_reason),
                reassigned_to = coalesce(?, reassigned_to),
                version = version + 1, updated_at = now()
            WHERE id = ? AND version = ?
            """;
    private static final String RESPOND = """
            UPDATE assignments
            SET state = 'responded', response_channel = ?, response_link = ?,
                response_description = ?, response_language = ?,
                estimated_reach = ?, responded_at = ?,
                version = version + 1, updated_at = now()
            WHERE id = ? AND version = ?
            """;
    private static final AssignmentMapper ASSIGNMENTS = new AssignmentMapper();

    private HotStatements() {
    }

    /** One assignment with its messenger and narrative label. */
    public static Optional<AssignmentRow> findAssignment(Handle handle, UUID id) {
        try (PreparedStatement statement = connection(handle).prepareStatement(FIND_ASSIGNMENT)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(ASSIGNMENTS.map(rows, null)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Moves an assignment to a state: the number of rows changed (0 when the version moved on). */
    public static int transition(Handle handle, UUID id, long expectedVersion, String toState, String declineReason,
                                 String withdrawReason, UUID reassignedTo) {
        try (PreparedStatement statement = connection(handle).prepareStatement(TRANSITION)) {
            statement.setString(1, toState);
            statement.setString(2, declineReason);
            statement.setString(3, withdrawReason);
            statement.setObject(4, reassignedTo, Types.OTHER);
            statement.setObject(5, id);
            statement.setLong(6, expectedVersion);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Records the response: the number of rows changed (0 when the version moved on). */
    public static int respond(Handle handle, UUID id, long expectedVersion, String channel, String link,
                              String description, String language, Long estimatedReach, Instant respondedAt) {
        try (PreparedStatement statement = connection(handle).prepareStatement(RESPOND)) {
            statement.setString(1, channel);
            statement.setString(2, link);
            statement.setString(3, description);
            statement.setString(4, language);
            statement.setObject(5, estimatedReach, Types.BIGINT);
            statement.setObject(6, timestamp(respondedAt), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setObject(7, id);
            statement.setLong(8, expectedVersion);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static Connection connection(Handle handle) {
        return handle.getConnection();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static UnableToExecuteStatementException failed(SQLException e) {
        return new UnableToExecuteStatementException(e, null);
    }
}
