package org.bellwether.collectors;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Waits out a {@link Backoff} (or a breaker's open time) on a collector's own thread without holding up its close:
 * parks in slices of at most {@link #SLICE} and returns as soon as {@code stopped} says so. The clock and the
 * parking are given, so a test can run it without waiting. Stateless, thread-safe.
 */
public final class Sleeper {
    /** The longest a close waits for a sleeping collector to notice it. */
    public static final Duration SLICE = Duration.ofMillis(100);

    private final LongSupplier nanoTime;
    private final LongConsumer parkNanos;

    /**
     * @param nanoTime  a monotonic clock in nanoseconds ({@link System#nanoTime})
     * @param parkNanos parks the calling thread for up to the given nanoseconds ({@link LockSupport#parkNanos(long)})
     */
    public Sleeper(LongSupplier nanoTime, LongConsumer parkNanos) {
        this.nanoTime = nanoTime;
        this.parkNanos = parkNanos;
    }

    /** The system clock and {@link LockSupport#parkNanos(long)}. */
    public static Sleeper system() {
        return new Sleeper(System::nanoTime, LockSupport::parkNanos);
    }

    /** Waits {@code duration}, or less once {@code stopped} is true (checked before each slice). */
    public void sleep(Duration duration, BooleanSupplier stopped) {
        long end = nanoTime.getAsLong() + duration.toNanos();
        long left;
        while (!stopped.getAsBoolean() && (left = end - nanoTime.getAsLong()) > 0) {
            parkNanos.accept(Math.min(left, SLICE.toNanos()));
        }
    }
}
