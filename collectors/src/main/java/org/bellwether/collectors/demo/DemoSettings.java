package org.bellwether.collectors.demo;

import java.time.Duration;
import java.time.Instant;

/**
 * How big and when the demo scenario is.
 *
 * @param seed           everything follows from it: the same seed gives the same scenario
 * @param start          city time of the scenario's first hour
 * @param hours          simulated span in hours (storylines are timed for 72)
 * @param chatterPerDay  ordinary posts per simulated day (on average; more by day than at night)
 * @param narrativeScale multiplies every storyline's volume (1 = as written)
 */
public record DemoSettings(long seed, Instant start, int hours, int chatterPerDay, double narrativeScale) {
    public static final Instant DEFAULT_START = Instant.parse("2026-03-09T00:00:00Z");

    public DemoSettings {
        if (hours < 1 || chatterPerDay < 0 || narrativeScale < 0) {
            throw new IllegalArgumentException("hours >= 1, chatterPerDay >= 0, narrativeScale >= 0");
        }
    }

    /** Three days, 1,200 ordinary posts a day, storylines at 0.6 of their written peaks: about 5,200 posts. */
    public static DemoSettings defaults(long seed) {
        return new DemoSettings(seed, DEFAULT_START, 72, 1_200, 0.6);
    }

    /** A smaller scenario for tests: same storylines, a tenth of the chatter, half the default narrative volume. */
    public static DemoSettings small(long seed) {
        return new DemoSettings(seed, DEFAULT_START, 72, 120, 0.3);
    }

    public Duration span() {
        return Duration.ofHours(hours);
    }
}
