package org.bellwether.ops;

import com.codahale.metrics.MetricRegistry;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.bellwether.api.health.LiveCounter;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorMetrics;

/**
 * The counters of the sources a process runs, registered as Dropwizard counters read from the sources' own
 * {@link CollectorCounters}: per source {@code bellwether.collector.source.<source>.<outcome>} (told about each new
 * source, as {@code new CollectorMetrics(new SourceMetrics(registry))}), and over all sources
 * {@code bellwether.collector.records.<outcome>} ({@link #registerTotals}); outcomes collected, duplicate, invalid
 * (dead-lettered), failed. Scraped as Prometheus counters ({@code _total}).
 */
final class SourceMetrics implements Consumer<CollectorCounters> {
    private final MetricRegistry registry;

    SourceMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accept(CollectorCounters counters) {
        String prefix = MetricRegistry.name("bellwether.collector.source",
                counters.source().replaceAll("[^A-Za-z0-9_]", "_"));
        register(prefix + ".collected", () -> counters.snapshot().collected());
        register(prefix + ".duplicate", () -> counters.snapshot().duplicate());
        register(prefix + ".invalid", () -> counters.snapshot().invalid());
        register(prefix + ".failed", () -> counters.snapshot().failed());
    }

    /**
     * Totals over every source of {@code metrics}; with {@code deadLetters} also {@code bellwether.dlq.records},
     * the records the sources dead-lettered (in a process where no processor counts its own).
     */
    static void registerTotals(MetricRegistry registry, CollectorMetrics metrics, boolean deadLetters) {
        registry.register("bellwether.collector.records.collected",
                total(metrics, CollectorCounters.Snapshot::collected));
        registry.register("bellwether.collector.records.duplicate",
                total(metrics, CollectorCounters.Snapshot::duplicate));
        registry.register("bellwether.collector.records.invalid",
                total(metrics, CollectorCounters.Snapshot::invalid));
        registry.register("bellwether.collector.records.failed",
                total(metrics, CollectorCounters.Snapshot::failed));
        if (deadLetters) {
            registry.register("bellwether.dlq.records", total(metrics, CollectorCounters.Snapshot::invalid));
        }
    }

    private static LiveCounter total(CollectorMetrics metrics, ToLongFunction<CollectorCounters.Snapshot> outcome) {
        return new LiveCounter(() -> metrics.snapshots().stream().mapToLong(outcome).sum());
    }

    private void register(String name, java.util.function.LongSupplier count) {
        synchronized (registry) {
            registry.remove(name);
            registry.register(name, new LiveCounter(count));
        }
    }
}
