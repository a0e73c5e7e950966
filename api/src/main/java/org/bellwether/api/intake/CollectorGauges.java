package org.bellwether.api.intake;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.util.function.Consumer;
import org.bellwether.ingest.CollectorCounters;

/**
 * Exports a source's counters as gauges {@code collectors.<source>.collected|duplicate|invalid|failed|lag-ms} in a
 * Dropwizard {@link MetricRegistry}: pass it to {@code new CollectorMetrics(...)}, which tells it about every new
 * source. Thread-safe.
 */
public final class CollectorGauges implements Consumer<CollectorCounters> {
    private final MetricRegistry registry;

    public CollectorGauges(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accept(CollectorCounters counters) {
        String prefix = MetricRegistry.name("collectors", counters.source().replace(':', '_'));
        register(prefix + ".collected", () -> counters.snapshot().collected());
        register(prefix + ".duplicate", () -> counters.snapshot().duplicate());
        register(prefix + ".invalid", () -> counters.snapshot().invalid());
        register(prefix + ".failed", () -> counters.snapshot().failed());
        register(prefix + ".lag-ms", () -> counters.snapshot().lagMillis());
    }

    private void register(String name, Gauge<Long> gauge) {
        synchronized (registry) {
            registry.remove(name);
            registry.register(name, gauge);
        }
    }
}
