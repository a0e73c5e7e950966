package org.bellwether.api.notify;

import java.time.Duration;

/** Outbox polling and retry policy: attempt n waits {@code min(backoffBase * 2^(n-1), backoffMax)}. */
public record OutboxSettings(Duration pollInterval, int batchSize, int maxAttempts, Duration backoffBase,
                             Duration backoffMax) {

    /** The delay before the next attempt after {@code attempts} failed ones. */
    public Duration backoff(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 30));
        long millis = backoffBase.toMillis() << exponent;
        if (millis <= 0 || millis > backoffMax.toMillis()) {
            return backoffMax;
        }
        return Duration.ofMillis(millis);
    }
}
