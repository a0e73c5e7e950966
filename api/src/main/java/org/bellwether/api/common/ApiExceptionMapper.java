package org.bellwether.api.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain failures (not found, conflict, invalid field) as problems. */
@Provider
public final class ApiExceptionMapper implements ExceptionMapper<ApiException> {
    @Override
    public Response toResponse(ApiException e) {
        return ProblemResponses.of(e.status(), e.title(), e.getMessage(), e.fieldErrors().stream()
                .map(f -> new Problem.FieldMessage(f.field(), f.message())).toList());
    }
}
