package org.bellwether.ingest;

import java.time.Duration;

/** A source answered with an HTTP status that calls for backing off (429, 5xx) or a failure (other 4xx). */
public class SourceHttpException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient Duration retryAfter;

    public SourceHttpException(int status, Duration retryAfter, String message) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    /** The server's Retry-After, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
