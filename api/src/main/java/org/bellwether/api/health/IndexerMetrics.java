package org.bellwether.api.health;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import org.bellwether.search.IndexerService;

/**
 * Registers the indexer's own counters and lag as metrics: {@code bellwether.index.lag.records} (records of
 * {@code posts.scored} and {@code narratives} not yet in this replica; -1 until the indexer has measured it) and
 * {@code bellwether.index.records.<outcome>} (indexed, updated, deleted, malformed, failed) and
 * {@code bellwether.index.commits}.
 */
public final class IndexerMetrics {
    private IndexerMetrics() {
    }

    public static void register(MetricRegistry registry, IndexerService indexer) {
        registry.register("bellwether.index.lag.records", (Gauge<Long>) indexer::lag);
        registry.register("bellwether.index.records.indexed", new LiveCounter(() -> indexer.counters().indexed()));
        registry.register("bellwether.index.records.updated", new LiveCounter(() -> indexer.counters().updated()));
        registry.register("bellwether.index.records.deleted", new LiveCounter(() -> indexer.counters().deleted()));
        registry.register("bellwether.index.records.malformed",
                new LiveCounter(() -> indexer.counters().malformed()));
        registry.register("bellwether.index.records.failed", new LiveCounter(() -> indexer.counters().failed()));
        registry.register("bellwether.index.commits", new LiveCounter(() -> indexer.counters().commits()));
    }
}
