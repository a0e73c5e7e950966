package org.bellwether.api.health;

import com.codahale.metrics.Counter;
import java.util.function.LongSupplier;

/**
 * A Dropwizard {@link Counter} that reads a count kept elsewhere (a pipeline, indexer or source counter), so the
 * count is registered as a metric without being counted twice. Read-only: {@code inc} and {@code dec} are refused.
 */
public final class LiveCounter extends Counter {
    private final LongSupplier count;

    /** @param count a count that only grows while the process runs */
    public LiveCounter(LongSupplier count) {
        this.count = count;
    }

    @Override
    public long getCount() {
        return count.getAsLong();
    }

    @Override
    public void inc(long n) {
        throw new UnsupportedOperationException("a live counter reads its count; it is not counted here");
    }

    @Override
    public void dec(long n) {
        throw new UnsupportedOperationException("a live counter reads its count; it is not counted here");
    }
}
