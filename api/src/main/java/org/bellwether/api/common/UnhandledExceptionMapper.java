package org.bellwether.api.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last resort. Client mistakes that surface wrapped (a body over the size limit, a truncated upload) keep their
 * 4xx; anything else is our bug: 500 with an error id that is also in the log.
 */
@Provider
public final class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnhandledExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.PayloadTooLargeException) {
                return ProblemResponses.of(413, cause.getMessage());
            }
            if (cause instanceof ApiException api) {
                return new ApiExceptionMapper().toResponse(api);
            }
            if (cause instanceof org.eclipse.jetty.io.EofException
                    || cause instanceof java.io.EOFException) {
                return ProblemResponses.of(400, "the request body ended early");
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("unhandled error {}", errorId, e);
        return ProblemResponses.of(500, "Internal Server Error", "internal error; reference " + errorId,
                java.util.List.of());
    }
}
