package org.bellwether.api.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing per (account, client address) instead of locking the account: the first
 * {@link #FREE_FAILURES} failures from an address cost nothing, each one after that makes the pair wait twice as long
 * as the last ({@link #FIRST_DELAY}, doubling up to {@code maxDelay}). Someone guessing from one address cannot stop
 * the owner signing in from another; a success clears the pair. State is per node and bounded (the least recently
 * used pairs are forgotten). Thread-safe.
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final Duration maxDelay;
    private final Clock clock;
    private final Cache<String, Failures> pairs;

    public LoginThrottle(Duration maxDelay, Clock clock) {
        this.maxDelay = maxDelay;
        this.clock = clock;
        this.pairs = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(maxDelay.multipliedBy(4)).build();
    }

    private record Failures(int count, Instant notBefore) {
    }

    /** How long this pair must still wait before its next attempt is checked, if it must. */
    public Optional<Duration> waitFor(String username, String address) {
        Failures failures = pairs.getIfPresent(key(username, address));
        Instant now = clock.instant();
        if (failures == null || !failures.notBefore().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.notBefore()));
    }

    /** Counts a failed attempt of the pair. */
    public void failed(String username, String address) {
        pairs.asMap().compute(key(username, address), (key, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            return new Failures(count, clock.instant().plus(delayAfter(count)));
        });
    }

    /** The pair signed in: its failures are forgotten. */
    public void succeeded(String username, String address) {
        pairs.invalidate(key(username, address));
    }

    Duration delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static String key(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + "\n" + (address == null ? "unknown" : address);
    }
}
