package org.bellwether.collectors;

import java.util.concurrent.locks.LockSupport;

/**
 * Spaces out records to at most {@code perSecond}; zero or less means no limit. Not thread-safe: one per loop.
 */
public final class Pacer {
    private final long intervalNanos;
    private long next;

    public Pacer(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
        this.next = System.nanoTime();
    }

    /** Waits until the next record may go; returns false when the thread was interrupted. */
    public boolean await() {
        if (intervalNanos == 0) {
            return !Thread.currentThread().isInterrupted();
        }
        long now = System.nanoTime();
        if (next < now - 1_000_000_000L) {
            next = now; // do not burst after a long pause
        }
        while (next - now > 0) {
            LockSupport.parkNanos(next - now);
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            now = System.nanoTime();
        }
        next += intervalNanos;
        return true;
    }
}
