package org.bellwether.model;

/** A message that cannot be read; the message says why, fit for a dead-letter record. */
public class MalformedMessageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String reason) {
        super(reason);
    }
}
