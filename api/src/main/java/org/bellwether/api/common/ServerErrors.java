package org.bellwether.api.common;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our own bugs, answered as a 500 problem with a reference id that is also in the log line, so a user's report can
 * be matched to the stack trace without the trace ever reaching the user.
 */
public final class ServerErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);

    private ServerErrors() {
    }

    /** Logs {@code what} with a fresh reference id and the trace, and answers 500 naming that reference. */
    public static Response internalError(String what, Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("{} (reference {})", what, reference, e);
        return ProblemResponses.of(500, "Internal Server Error", "internal error; reference " + reference,
                List.of());
    }
}
