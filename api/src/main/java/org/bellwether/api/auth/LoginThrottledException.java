package org.bellwether.api.auth;

import java.time.Duration;

/** A sign-in refused unchecked because its (account, address) pair must still wait {@link #retryAfter()}. */
public final class LoginThrottledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed sign-ins from this address; try again later", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, for a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
