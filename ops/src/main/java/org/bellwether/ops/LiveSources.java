package org.bellwether.ops;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import org.bellwether.api.intake.CollectorsHealthCheck;
import org.bellwether.collectors.HttpSupport;
import org.bellwether.collectors.LiveCollectors;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorMetrics;
import org.bellwether.ingest.CollectorTopics;
import org.bellwether.ingest.KafkaCollectorSink;
import org.bellwether.ingest.watchlist.Watchlist;
import org.bellwether.ingest.watchlist.WatchlistRegistry;
import org.bellwether.ingest.watchlist.WatchlistSync;

/**
 * The watchlist's live sources (RSS, Mastodon, Jetstream) inside a Dropwizard process, as dev mode runs them beside
 * the api: they follow the watchlist an admin publishes on {@code collector.watchlists} and write through their own
 * transactional sink with checkpoints, exactly as {@code bellwether collect} does. Start builds and starts
 * everything (reading the checkpoints first); stop closes the sources, then the sink, which commits what is open.
 */
final class LiveSources implements Managed {
    private final String bootstrapServers;
    private final String topicPrefix;
    private final Watchlist initial;
    private final String transactionalId;
    private final CollectorMetrics metrics;
    private final Clock clock;
    private final boolean follow;
    private volatile KafkaCollectorSink sink;
    private WatchlistSync sync;
    private Thread syncThread;
    private LiveCollectors live;

    /**
     * @param initial         the watchlist until one published on the topic is read
     * @param transactionalId of this process's live-source sink; unique per running process
     */
    LiveSources(String bootstrapServers, String topicPrefix, Watchlist initial, String transactionalId,
                CollectorMetrics metrics, Clock clock) {
        this(bootstrapServers, topicPrefix, initial, transactionalId, metrics, clock, true);
    }

    /** @param follow whether to follow the watchlists published on {@code collector.watchlists} */
    LiveSources(String bootstrapServers, String topicPrefix, Watchlist initial, String transactionalId,
                CollectorMetrics metrics, Clock clock, boolean follow) {
        this.follow = follow;
        this.bootstrapServers = bootstrapServers;
        this.topicPrefix = topicPrefix;
        this.initial = initial;
        this.transactionalId = transactionalId;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void start() {
        WatchlistRegistry registry = new WatchlistRegistry(initial, clock);
        if (follow) {
            sync = new WatchlistSync(bootstrapServers, topicPrefix, registry);
            syncThread = new Thread(sync, "live-watchlist-sync");
            syncThread.setDaemon(true);
            syncThread.start();
        }
        CheckpointStore checkpoints = CheckpointStore.load(bootstrapServers,
                CollectorTopics.withPrefix(topicPrefix).checkpoints(), Duration.ofSeconds(30));
        sink = KafkaCollectorSink.create(bootstrapServers, topicPrefix, transactionalId);
        sink.onCommit(checkpoints::rememberAll);
        live = new LiveCollectors(registry, sink, checkpoints, metrics, HttpSupport.client(), clock).start();
    }

    /** The sources running, for the start-up line; empty before start. */
    String running() {
        return live == null ? "" : String.valueOf(live.running());
    }

    @Override
    public void stop() throws InterruptedException {
        if (live != null) {
            live.close();
        }
        if (sync != null) {
            sync.close();
            syncThread.join(10_000);
        }
        if (sink != null) {
            sink.close();
        }
    }

    /** Healthy while the sink can write and no source's circuit breaker is open. */
    HealthCheck healthCheck() {
        return new CollectorsHealthCheck(metrics, () -> sink == null || sink.isHealthy());
    }
}
