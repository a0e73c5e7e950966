package org.bellwether.api.common;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    public static Response of(int status, String detail) {
        return of(status, null, detail, List.of());
    }

    public static Response of(int status, String title, String detail, List<Problem.FieldMessage> errors) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String resolvedTitle = title != null ? title : type != null ? type.getReasonPhrase() : "Error";
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", resolvedTitle, status, detail, null, errors))
                .build();
    }
}
