package org.bellwether.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Outcome counts of one source, in the manner of Anserini's {@code IndexCollection.Counters}: every record read
 * ends in exactly one of collected, duplicate, invalid (malformed, sent to the DLQ) or failed (well-formed but not
 * written, e.g. the sink refused it). Plus the lag between a record's creation and its collection, and the time
 * of the last success and last error, for health. Thread-safe.
 */
public final class CollectorCounters {
    private final String source;
    private final LongAdder collected = new LongAdder();
    private final LongAdder duplicate = new LongAdder();
    private final LongAdder invalid = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final AtomicLong lagMillis = new AtomicLong();
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();

    public CollectorCounters(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void collected(Instant createdAt, Instant collectedAt) {
        collected.increment();
        if (createdAt != null && collectedAt != null) {
            lagMillis.set(Math.max(0, Duration.between(createdAt, collectedAt).toMillis()));
        }
        lastSuccess.set(collectedAt);
    }

    public void collected() {
        collected.increment();
    }

    public void duplicate() {
        duplicate.increment();
    }

    public void invalid() {
        invalid.increment();
    }

    public void failed(String reason) {
        failed.increment();
        lastError.set(reason);
    }

    /** Records a source-level error (a fetch that failed) without a lost record. */
    public void error(String reason) {
        lastError.set(reason);
    }

    public void succeeded(Instant at) {
        lastSuccess.set(at);
        lastError.set(null);
    }

    /** Sets the lag directly, for sources that know it (a cursor behind the live edge). */
    public void lag(Duration lag) {
        lagMillis.set(Math.max(0, lag.toMillis()));
    }

    public Snapshot snapshot() {
        return new Snapshot(source, collected.sum(), duplicate.sum(), invalid.sum(), failed.sum(), lagMillis.get(),
                lastSuccess.get(), lastError.get());
    }

    @Override
    public String toString() {
        return snapshot().toString();
    }

    /**
     * @param lagMillis   age of the last collected record when it was collected
     * @param lastSuccess when the source last delivered, or null
     * @param lastError   the last error since then, or null
     */
    public record Snapshot(String source, long collected, long duplicate, long invalid, long failed, long lagMillis,
                           Instant lastSuccess, String lastError) {
        public long total() {
            return collected + duplicate + invalid + failed;
        }

        /** One line for a command's output. */
        public String line() {
            return source + ": collected=" + collected + " duplicate=" + duplicate + " invalid=" + invalid
                    + " failed=" + failed;
        }
    }
}
