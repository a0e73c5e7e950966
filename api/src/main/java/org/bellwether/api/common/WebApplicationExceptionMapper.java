package org.bellwether.api.common;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glassfish.jersey.server.ParamException;

/**
 * Jersey's own failures (404 no such path, 405, 406, 415, 401/403 from auth, bad parameters) as problems. A
 * parameter that does not convert is the client's mistake: 400 with the parameter named, not Jersey's 404.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof ParamException param) {
            String name = param.getParameterName();
            String message = "not a valid value for " + param.getParameterType().getSimpleName()
                    .replace("Param", "").toLowerCase(java.util.Locale.ROOT) + " parameter";
            return ProblemResponses.of(400, "Bad Request", name + ": " + message,
                    List.of(new Problem.FieldMessage(name, message)));
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (original.hasEntity() && original.getEntity() instanceof Problem) {
            return original;
        }
        Response problem = ProblemResponses.of(status, null, detail(status, e), List.of());
        if (original.getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", original.getHeaderString("Allow")).build();
        }
        if (original.getHeaderString("WWW-Authenticate") != null) {
            return Response.fromResponse(problem)
                    .header("WWW-Authenticate", original.getHeaderString("WWW-Authenticate")).build();
        }
        return problem;
    }

    private static String detail(int status, WebApplicationException e) {
        return switch (status) {
            case 401 -> "credentials are missing or invalid";
            case 403 -> "your role may not do this";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 406 -> "cannot produce the requested media type; ask for application/json";
            case 415 -> "unsupported media type; send application/json";
            default -> e.getMessage() == null ? "request failed" : e.getMessage();
        };
    }
}
