package org.bellwether.api.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.bellwether.search.InvalidQueryException;

/** A query the user wrote that does not parse is the user's mistake: 400, never 500. */
@Provider
public final class InvalidQueryExceptionMapper implements ExceptionMapper<InvalidQueryException> {
    @Override
    public Response toResponse(InvalidQueryException e) {
        return ProblemResponses.of(400, "Invalid query", e.getMessage(),
                List.of(new Problem.FieldMessage("q", e.getMessage())));
    }
}
