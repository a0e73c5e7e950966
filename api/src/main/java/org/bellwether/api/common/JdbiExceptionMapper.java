package org.bellwether.api.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Database constraint violations caused by the request (a duplicate, a value out of range) are the client's
 * mistake: 409 or 400. Anything else from the database is a 500.
 */
@Provider
public final class JdbiExceptionMapper implements ExceptionMapper<StatementException> {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiExceptionMapper.class);

    @Override
    public Response toResponse(StatementException e) {
        String state = sqlState(e);
        if (state != null) {
            if (state.equals("23505")) {
                return ProblemResponses.of(409, "Conflict", "it already exists (a unique value is taken)",
                        java.util.List.of());
            }
            if (state.equals("23503")) {
                return ProblemResponses.of(409, "Conflict", "it refers to something that does not exist",
                        java.util.List.of());
            }
            if (state.equals("23514") || state.startsWith("22")) {
                return ProblemResponses.of(400, "Bad Request", "a value is out of range or malformed",
                        java.util.List.of());
            }
        }
        return new UnhandledExceptionMapper().toResponse(e);
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        LOG.debug("no SQL state in {}", e.toString());
        return null;
    }
}
