package org.bellwether.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexer against a real in-process broker: exact resume after a crash, late topics, added partitions. */
class IndexerServiceTest {
    private static final IndexerSettings FAST = new IndexerSettings(50, Duration.ofMillis(100), Duration.ofMillis(50),
            Duration.ofMillis(200));
    private static InProcessKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = InProcessKafka.temporary().start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void aCrashAfterACommitResumesWithNoGapAndNoDuplicate(@TempDir Path dir) throws Exception {
        String prefix = "crash.";
        createTopics(prefix, 2);
        try (Producers producers = new Producers(prefix)) {
            producers.posts("a", 0, 300);
            producers.narratives(20);
            producers.abortedPosts("aborted", 50);
            producers.raw(prefix + "posts.scored", "bad-1", "{not json".getBytes(StandardCharsets.UTF_8));
            producers.raw(prefix + "posts.scored", "bad-2", "{\"postId\":\"x\",\"createdAt\":\"yesterday\"}"
                    .getBytes(StandardCharsets.UTF_8));
            producers.raw(prefix + "narratives", "bad-3", "[1,2,\u202e3]".getBytes(StandardCharsets.UTF_8));
            producers.tombstone(prefix + "posts.scored", 0, "a-7"); // same partition as the post, after it

            SearchSettings settings = new SearchSettings(dir, Duration.ofMillis(100), prefix);
            LuceneSearchIndex index = LuceneSearchIndex.open(settings);
            IndexerService indexer = new IndexerService(index, config(), prefix, FAST);
            indexer.start();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(index.stats().posts()).isEqualTo(299);
                assertThat(index.committedOffsets()).isEqualTo(endOffsets(prefix));
            });
            index.refresh(); // the commit above does not refresh the searcher: make every write so far searchable
            assertThat(index.stats().narratives()).isEqualTo(20);
            assertThat(indexer.counters()).isEqualTo(new IndexerCounters(320, 0, 1, 3, 0,
                    indexer.counters().commits()));
            assertThat(index.searchPosts(PostQuery.of("id:aborted*")).total()).as("aborted, never visible").isZero();
            assertThat(indexer.healthy()).isTrue();
            assertThat(indexer.lag()).isZero();

            // more records; kill everything right after a commit that covers some of them
            Map<String, Long> before = index.committedOffsets();
            producers.posts("b", 0, 400);
            await().atMost(Duration.ofSeconds(60)).until(() -> sum(index.committedOffsets()) > sum(before) + 100);
            indexer.halt();
            Map<String, Long> durable = index.committedOffsets();
            index.crash(); // uncommitted writes are lost, as in a killed process
            producers.posts("c", 0, 150);

            try (LuceneSearchIndex reopened = LuceneSearchIndex.open(settings);
                 IndexerService resumed = new IndexerService(reopened, config(), prefix, FAST)) {
                assertThat(reopened.committedOffsets()).isEqualTo(durable);
                long expectedRecords = countRecordsAfter(durable);
                resumed.start();
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(reopened.stats().posts()).isEqualTo(299 + 400 + 150);
                    assertThat(reopened.committedOffsets()).isEqualTo(endOffsets(prefix));
                });
                IndexerCounters counters = resumed.counters();
                assertThat(counters.records()).as("exactly the records after the durable offsets")
                        .isEqualTo(expectedRecords);
                assertThat(counters.updated()).as("nothing durable was applied twice").isZero();
                assertThat(counters.indexed()).isEqualTo(expectedRecords);
                assertThat(reopened.stats().narratives()).isEqualTo(20);
            }

            // a clean restart reads nothing again
            try (LuceneSearchIndex again = LuceneSearchIndex.open(settings);
                 IndexerService idle = new IndexerService(again, config(), prefix, FAST)) {
                idle.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> idle.lag() == 0
                        && idle.assignedPartitions().size() == 4);
                assertThat(idle.counters().records()).isZero();
                assertThat(again.stats().posts()).isEqualTo(849);
            }
        }
    }

    @Test
    void waitsForTopicsThatDoNotExistYetAndPicksUpPartitionsAddedLater() throws Exception {
        String prefix = "late.";
        try (LuceneSearchIndex index = LuceneSearchIndex.open(new SearchSettings(null, Duration.ofMillis(100), prefix));
             IndexerService indexer = new IndexerService(index, config(), prefix, FAST);
             Producers producers = new Producers(prefix)) {
            indexer.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> indexer.healthy() && indexer.assignedPartitions().isEmpty());

            createTopics(prefix, 1);
            producers.posts("p", 0, 10);
            await().atMost(Duration.ofSeconds(60)).until(() -> index.stats().posts() == 10);

            try (Admin admin = kafka.admin()) {
                admin.createPartitions(Map.of(prefix + "posts.scored", NewPartitions.increaseTo(3))).all().get();
            }
            producers.posts("q", 2, 10);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(index.stats().posts()).isEqualTo(20);
                assertThat(index.committedOffsets()).containsKey(prefix + "posts.scored-2");
            });
            assertThat(indexer.assignedPartitions()).containsExactlyInAnyOrder(prefix + "narratives-0",
                    prefix + "posts.scored-0", prefix + "posts.scored-1", prefix + "posts.scored-2");
            assertThat(indexer.counters().indexed()).isEqualTo(20);
        }
    }

    private static void createTopics(String prefix, int partitions) {
        kafka.createTopics(Map.of(prefix + "posts.scored", false, prefix + "narratives", true), partitions);
    }

    private static Map<String, Object> config() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    }

    private static long sum(Map<String, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Last stable offsets (what a read_committed reader can reach) per partition of both topics. */
    private static Map<String, Long> endOffsets(String prefix) throws Exception {
        try (Admin admin = kafka.admin()) {
            var names = List.of(prefix + "posts.scored", prefix + "narratives");
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(names).allTopicNames().get().values().forEach(description ->
                    description.partitions().forEach(p ->
                            request.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest())));
            return admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                    .entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().offset()));
        }
    }

    /** Committed records from the given positions to the end, read independently of the indexer. */
    private static long countRecordsAfter(Map<String, Long> positions) {
        Map<TopicPartition, Long> start = new HashMap<>();
        positions.forEach((key, offset) -> {
            int dash = key.lastIndexOf('-');
            start.put(new TopicPartition(key.substring(0, dash), Integer.parseInt(key.substring(dash + 1))), offset);
        });
        try (CommittedRecords reader = CommittedRecords.from(kafka.bootstrapServers(), start)) {
            return reader.readToEnd().size();
        }
    }

    /** A transactional producer (as the exactly-once processor) plus a plain one for hostile records. */
    private static final class Producers implements AutoCloseable {
        private final String prefix;
        private final KafkaProducer<String, byte[]> transactional;
        private final KafkaProducer<String, byte[]> plain;

        Producers(String prefix) {
            this.prefix = prefix;
            Map<String, Object> config = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    kafka.bootstrapServers(), ProducerConfig.TRANSACTIONAL_ID_CONFIG, prefix + "processor"));
            transactional = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
            transactional.initTransactions();
            plain = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer());
        }

        void posts(String idPrefix, int partition, int count) {
            transactional.beginTransaction();
            for (int i = 0; i < count; i++) {
                send(idPrefix, partition, i);
            }
            transactional.commitTransaction();
        }

        void abortedPosts(String idPrefix, int count) {
            transactional.beginTransaction();
            for (int i = 0; i < count; i++) {
                send(idPrefix, -1, i);
            }
            transactional.flush();
            transactional.abortTransaction();
        }

        void narratives(int count) {
            transactional.beginTransaction();
            for (int i = 0; i < count; i++) {
                Narrative n = TestCorpus.narrative("n-" + i, "label " + i, org.bellwether.model.NarrativeStatus.ACTIVE,
                        i % 2 == 0, i / 100.0, null, Map.of("en", 1L), null, TestCorpus.P1);
                transactional.send(new ProducerRecord<>(prefix + "narratives", n.narrativeId(),
                        Topics.NARRATIVES.valueSerde().serializer().serialize("", n)));
            }
            transactional.commitTransaction();
        }

        void raw(String topic, String key, byte[] value) throws Exception {
            plain.send(new ProducerRecord<>(topic, key, value)).get();
        }

        void tombstone(String topic, int partition, String key) throws Exception {
            plain.send(new ProducerRecord<>(topic, partition, key, null)).get();
        }

        private void send(String idPrefix, int partition, int i) {
            String id = idPrefix + "-" + i;
            ScoredPost post = TestCorpus.post(id, i % 3 == 0 ? "es" : "en",
                    Instant.parse("2026-03-14T00:00:00Z").plusSeconds(60L * i).toString(), "n-" + (i % 20),
                    "East Side", "demo", "post number " + i + " about the shelter", List.of(), List.of());
            byte[] value = Json.write(post);
            transactional.send(partition < 0
                    ? new ProducerRecord<>(prefix + "posts.scored", id, value)
                    : new ProducerRecord<>(prefix + "posts.scored", partition, id, value));
        }

        @Override
        public void close() {
            transactional.close();
            plain.close();
        }
    }
}
