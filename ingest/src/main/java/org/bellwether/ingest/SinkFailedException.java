package org.bellwether.ingest;

/** A sink could not write; what was emitted since the last flush may be lost and sources must reload positions. */
public class SinkFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SinkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
