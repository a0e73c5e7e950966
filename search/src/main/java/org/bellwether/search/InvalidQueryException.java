package org.bellwether.search;

/** A query the user wrote that cannot be parsed or is not allowed; the message says why and where. */
public class InvalidQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
