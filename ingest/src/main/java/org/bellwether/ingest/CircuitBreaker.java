package org.bellwether.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A circuit breaker per source: after {@code failureThreshold} consecutive failures it opens and refuses calls for
 * {@code openFor}; then it lets one trial call through (half-open); a success closes it, a failure opens it again.
 * Thread-safe.
 */
public final class CircuitBreaker {
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failures;
    private Instant openedAt;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Five failures in a row open it for two minutes. */
    public static CircuitBreaker standard() {
        return new CircuitBreaker(5, Duration.ofMinutes(2), Clock.systemUTC());
    }

    /** True when a call may go ahead now (moves OPEN to HALF_OPEN once the open time has passed). */
    public synchronized boolean allows() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            state = State.HALF_OPEN;
        }
        return state != State.OPEN;
    }

    public synchronized void success() {
        failures = 0;
        state = State.CLOSED;
    }

    public synchronized void failure() {
        failures++;
        if (state == State.HALF_OPEN || failures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }

    public synchronized State state() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            return State.HALF_OPEN;
        }
        return state;
    }

    /** How long until an open breaker lets a trial through; zero when it is not open. */
    public synchronized Duration remainingOpen() {
        if (state != State.OPEN) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), openedAt.plus(openFor));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
