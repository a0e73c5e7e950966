package org.bellwether.collectors.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CircuitBreaker;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorTopics;
import org.bellwether.ingest.KafkaCollectorSink;
import org.bellwether.ingest.ProducerSettings;
import org.bellwether.collectors.testing.JetstreamFixtures;
import org.bellwether.collectors.testing.TinyWebSocketServer;
import org.bellwether.ingest.watchlist.WatchlistFilter;
import org.bellwether.embedded.InProcessKafka;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Jetstream throughput benchmark: a local WebSocket server replays Jetstream-shaped post commits as fast as the
 * collector reads them; the collector writes through the transactional sink into the in-process broker. Reports
 * posts per second (until the last post is committed) and the peak heap in use. A command, not a test: runs only
 * with {@code -Dbellwether.bench=true}; {@code -Dbellwether.bench.events=N} sets the size (default 300,000).
 */
class JetstreamBenchmarkTest {

    @Test
    void replaysAJetstreamShapedStreamIntoTheBroker() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("bellwether.bench"), "benchmark: run with -Dbellwether.bench=true");
        int events = Integer.getInteger("bellwether.bench.events", 300_000);
        CountDownLatch hold = new CountDownLatch(1);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peakHeap = new AtomicLong();
        try (InProcessKafka kafka = InProcessKafka.temporary().start();
             TinyWebSocketServer server = new TinyWebSocketServer((uri, sender) -> {
                 try {
                     for (int i = 0; i < events; i++) { // generated on the fly: memory measures the collector
                         sender.text(JetstreamFixtures.post(i, JetstreamFixtures.T0 + i, "Benchmark post " + i
                                 + " about the ferry timetable, the market in Eastgate and #PortLucena news",
                                 i % 4 == 0 ? "es" : "en"));
                     }
                     sender.flush();
                     hold.await();
                 } catch (IOException | InterruptedException e) {
                     // done
                 }
             })) {
            CollectorTopics topics = CollectorTopics.withPrefix("bench.");
            try (var admin = kafka.admin()) {
                topics.createMissing(admin, 3);
            }
            CollectorCounters counters = new CollectorCounters("bluesky");
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(),
                    Math::max), 0, 50, TimeUnit.MILLISECONDS);
            long start;
            long end;
            long retained;
            try (KafkaCollectorSink sink = new KafkaCollectorSink(ProducerSettings.producer(
                    ProducerSettings.transactional(kafka.bootstrapServers(), "bench", "bench")), topics,
                    Clock.systemUTC(), Duration.ofMillis(200), 5_000);
                 JetstreamCollector collector = new JetstreamCollector(server.uri("/subscribe"), List.of(),
                         WatchlistFilter.ALL, Duration.ofSeconds(2), HttpClient.newHttpClient(), sink,
                         CheckpointStore.empty(), counters, CircuitBreaker.standard(), Clock.systemUTC())) {
                start = System.nanoTime();
                new Thread(collector, "jetstream-bench").start();
                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                        .until(() -> counters.snapshot().collected() >= events);
                sink.flush();
                end = System.nanoTime();
                hold.countDown();
                System.gc();
                retained = memory.getHeapMemoryUsage().getUsed();
            }
            sampler.shutdownNow();
            double seconds = (end - start) / 1e9;
            double rate = events / seconds;
            String report = String.format(
                    "jetstream benchmark: %,d posts in %.2f s = %,.0f posts/s committed; heap before %d MiB,"
                            + " peak in use %d MiB (max %d MiB), retained after a full GC at the end %d MiB; %d cores%n",
                    events, seconds, rate, heapBefore >> 20, peakHeap.get() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, retained >> 20,
                    Runtime.getRuntime().availableProcessors());
            System.out.print(report);
            Files.writeString(Path.of("target", "jetstream-benchmark.txt"), report);
            assertThat(counters.snapshot().collected()).isEqualTo(events);
        }
    }
}
