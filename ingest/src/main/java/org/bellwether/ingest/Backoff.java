package org.bellwether.ingest;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): the n-th retry
 * waits a random time in [0, min(cap, base·2ⁿ)]. A server's Retry-After, when given, is a floor.
 * Not thread-safe: one per source.
 */
public final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;
    private int attempts;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** 1 s base, 5 min cap. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), RandomGenerator.getDefault());
    }

    /** The wait before the next attempt; each call counts one failure. */
    public Duration next() {
        return next(null);
    }

    /** As {@link #next()}, but never shorter than the server's {@code retryAfter} (may be null). */
    public Duration next(Duration retryAfter) {
        int exponent = Math.min(attempts++, 30);
        long ceiling = Math.min(cap.toMillis(), base.toMillis() * (1L << exponent));
        long wait = ceiling <= 0 ? 0 : random.nextLong(ceiling + 1);
        Duration jittered = Duration.ofMillis(wait);
        return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
    }

    /** The ceiling the n-th wait is drawn under, for tests and logs. */
    public Duration ceiling(int attempt) {
        return Duration.ofMillis(Math.min(cap.toMillis(), base.toMillis() * (1L << Math.min(attempt, 30))));
    }

    public int attempts() {
        return attempts;
    }

    public void reset() {
        attempts = 0;
    }
}
