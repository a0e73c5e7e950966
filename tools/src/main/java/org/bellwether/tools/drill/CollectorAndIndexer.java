package org.bellwether.tools.drill;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.replay.ReplayCollector;
import org.bellwether.collectors.replay.ReplaySettings;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorTopics;
import org.bellwether.ingest.FieldMapping;
import org.bellwether.ingest.KafkaCollectorSink;
import org.bellwether.search.IndexerService;
import org.bellwether.search.LuceneSearchIndex;
import org.bellwether.search.SearchSettings;

/**
 * The drill's roles that run in its own JVM: the replay collector (its transactional sink, its checkpoints) on a
 * thread of its own, and the search indexer, which can be restarted on the same index folder. Not thread-safe.
 */
final class CollectorAndIndexer implements AutoCloseable {
    private final String bootstrap;
    private final Path indexDir;
    private final KafkaCollectorSink sink;
    private final ReplayCollector collector;
    private final Thread collectorThread;
    private final AtomicReference<Throwable> collectorError = new AtomicReference<>();
    private LuceneSearchIndex index;
    private IndexerService indexer;

    CollectorAndIndexer(String bootstrap, Path indexDir, Path file, double rate, Duration timeShift) {
        this.bootstrap = bootstrap;
        this.indexDir = indexDir;
        CheckpointStore checkpoints = CheckpointStore.load(bootstrap,
                CollectorTopics.withPrefix("").checkpoints(), Duration.ofSeconds(30));
        this.sink = KafkaCollectorSink.create(bootstrap, "", "bellwether-drill-collector");
        ReplaySettings settings = ReplaySettings.of(file, FieldMapping.demo()).withSource(DemoScenario.SOURCE)
                .withRate(rate).withTimeShift(timeShift);
        this.collector = new ReplayCollector(settings, sink, checkpoints, new CollectorCounters("drill"),
                Clock.systemUTC());
        this.collectorThread = new Thread(collector, "drill-collector");
        collectorThread.setUncaughtExceptionHandler((thread, error) -> collectorError.set(error));
        startIndexer();
    }

    void startCollector() {
        collectorThread.start();
    }

    long collected() {
        return collector.counters().snapshot().collected();
    }

    boolean collectorFinished() {
        return collector.finished();
    }

    Optional<Throwable> collectorFailure() {
        return Optional.ofNullable(collectorError.get());
    }

    long indexed() {
        index.refresh();
        return index.stats().posts();
    }

    /** Closes the indexer and its index, and opens both again on the same folder. */
    void restartIndexer() {
        stopIndexer();
        startIndexer();
    }

    private void startIndexer() {
        index = LuceneSearchIndex.open(SearchSettings.at(indexDir, ""));
        indexer = new IndexerService(index, Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), "");
        indexer.start();
    }

    private void stopIndexer() {
        indexer.close();
        index.close();
    }

    @Override
    public void close() throws InterruptedException {
        collector.stop();
        collectorThread.join(Duration.ofSeconds(30).toMillis());
        collector.close();
        sink.close();
        stopIndexer();
    }
}
