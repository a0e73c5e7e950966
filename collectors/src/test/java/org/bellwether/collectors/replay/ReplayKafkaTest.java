package org.bellwether.collectors.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.Producer;
import org.bellwether.ingest.Batch;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorSink;
import org.bellwether.ingest.CollectorTopics;
import org.bellwether.ingest.KafkaCollectorSink;
import org.bellwether.ingest.ProducerSettings;
import org.bellwether.ingest.SinkFailedException;
import org.bellwether.collectors.demo.DemoFiles;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.collectors.demo.Scenario;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.bellwether.ingest.FieldMapping;
import org.bellwether.model.Topic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay into a real broker: exact counts, dead letters with reasons, and a crash mid-file. */
class ReplayKafkaTest {
    private static InProcessKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startKafka() {
        kafka = InProcessKafka.temporary().start();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void aReplayKilledMidFileResumesWithoutGapOrDuplicate() throws Exception {
        String prefix = "crash.";
        CollectorTopics topics = CollectorTopics.withPrefix(prefix);
        try (var admin = kafka.admin()) {
            topics.createMissing(admin, 3);
        }
        Scenario scenario = DemoScenario.generate(DemoSettings.small(3));
        Path file = dir.resolve("demo.jsonl");
        DemoFiles.Written written = DemoFiles.writeJsonl(scenario, file, 12);
        ReplaySettings settings = ReplaySettings.of(file, FieldMapping.demo()).withSource("demo");
        String transactionalId = "replay-test";

        Producer<String, byte[]> doomed = ProducerSettings.producer(
                ProducerSettings.transactional(kafka.bootstrapServers(), "doomed", transactionalId));
        KafkaCollectorSink first = new KafkaCollectorSink(doomed, topics, Clock.systemUTC(), Duration.ofMillis(20), 97);
        CollectorSink crashing = new CollectorSink() {
            private int emits;

            @Override
            public void emit(String sourceKey, String position, Batch batch) {
                if (++emits > 700) {
                    throw new SinkFailedException("killed", null);
                }
                first.emit(sourceKey, position, batch);
            }

            @Override
            public void flush() {
                first.flush();
            }
        };
        assertThatThrownBy(() -> new ReplayCollector(settings, crashing,
                CheckpointStore.empty(), new CollectorCounters("demo"), Clock.systemUTC()).replay())
                .isInstanceOf(SinkFailedException.class);
        doomed.close(Duration.ZERO); // the process dies: whatever is in the open transaction is never committed

        CheckpointStore checkpoints = CheckpointStore.load(kafka.bootstrapServers(), topics.checkpoints(),
                Duration.ofSeconds(30));
        assertThat(checkpoints.position(settings.sourceKey())).isPresent();
        CollectorCounters.Snapshot second;
        try (KafkaCollectorSink sink = new KafkaCollectorSink(ProducerSettings.producer(
                ProducerSettings.transactional(kafka.bootstrapServers(), "again", transactionalId)), topics,
                Clock.systemUTC(), Duration.ofMillis(200), 5_000)) {
            second = new ReplayCollector(settings, sink, checkpoints, new CollectorCounters("demo"),
                    Clock.systemUTC()).replay();
        }
        assertThat(second.collected()).isPositive().isLessThan(scenario.posts().size());

        List<RawPost> posts = committed(kafka.bootstrapServers(), topics.posts());
        assertThat(posts).extracting(RawPost::key).doesNotHaveDuplicates().hasSize(scenario.posts().size())
                .containsExactlyInAnyOrderElementsOf(scenario.posts().stream().map(p -> p.post().key()).toList());
        List<DeadLetter> dead = committed(kafka.bootstrapServers(), topics.deadLetters());
        assertThat(dead).hasSize(written.malformed().size());
        Map<String, Long> reasons = dead.stream().collect(Collectors.groupingBy(
                d -> d.reason().replaceFirst("^record \\d+: ", "").replaceFirst("^(not JSON|unreadable time|no text"
                        + "|not a JSON object).*", "$1"), Collectors.counting()));
        assertThat(reasons).containsOnlyKeys("not JSON", "no text", "unreadable time", "not a JSON object");
        assertThat(dead).allSatisfy(d -> assertThat(d.stage()).isEqualTo("collect"));
    }

    /** Every committed value of a topic, as the processor reads it. */
    private static <V> List<V> committed(String bootstrapServers, Topic<String, V> topic) {
        return CommittedRecords.values(bootstrapServers, topic.name(), topic.valueSerde().deserializer());
    }
}
