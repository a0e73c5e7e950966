package org.bellwether.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.RawPost;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.processor.support.SyntheticStream;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.Test;

/**
 * The topology on a real broker with exactly-once v2: posts flow to posts.scored and narratives, malformed ones to
 * posts.dlq; then the processor is stopped, its local state deleted (as if the machine were lost), more posts
 * arrive, and a new processor restores its stores from the changelogs and carries on. The result must equal an
 * uninterrupted run of the same posts in a TopologyTestDriver, with no post emitted twice.
 */
class IntegrationTest {
    private static final int FIRST = 150;
    private static final int SECOND = 100;

    @Test
    void processesExactlyOnceAndRestoresFromTheChangelog() throws Exception {
        List<RawPost> posts = SyntheticStream.posts(FIRST + SECOND, TopologyFixture.T0, 21);
        Map<String, String> expected = referencePlacements(posts);

        try (InProcessKafka kafka = InProcessKafka.temporary().start()) {
            Map<String, Boolean> topics = new LinkedHashMap<>();
            Topics.all().forEach(topic -> topics.put(topic.name(), topic.compacted()));
            kafka.createTopics(topics, 1);
            ProcessorSettings settings = TopologyFixture.settings();
            try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
                for (RawPost post : posts.subList(0, FIRST)) {
                    producer.send(new ProducerRecord<>(Topics.POSTS_RAW.name(), post.key(), Json.write(post)));
                }
                producer.send(new ProducerRecord<>(Topics.POSTS_RAW.name(), "bad-1",
                        "{broken".getBytes(StandardCharsets.UTF_8)));
                producer.send(new ProducerRecord<>(Topics.POSTS_RAW.name(), posts.get(3).key(),
                        Json.write(posts.get(3))));
            }
            Path firstState = Files.createTempDirectory("bellwether-it-");
            try (ProcessorService service = new ProcessorService(TopologyFixture.pipeline(settings),
                    properties(kafka, firstState))) {
                service.start();
                await().atMost(Duration.ofSeconds(90)).until(() -> service.state() == KafkaStreams.State.RUNNING);
                await().atMost(Duration.ofSeconds(90)).until(() -> read(kafka, Topics.POSTS_SCORED).size() >= FIRST);
                assertThat(service.isRunning()).isTrue();
            }
            TopologyFixture.deleteTree(firstState);

            try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
                for (RawPost post : posts.subList(FIRST, FIRST + SECOND)) {
                    producer.send(new ProducerRecord<>(Topics.POSTS_RAW.name(), post.key(), Json.write(post)));
                }
            }
            Path secondState = Files.createTempDirectory("bellwether-it-");
            try (ProcessorService service = new ProcessorService(TopologyFixture.pipeline(settings),
                    properties(kafka, secondState))) {
                service.start();
                await().atMost(Duration.ofSeconds(120))
                        .until(() -> read(kafka, Topics.POSTS_SCORED).size() >= FIRST + SECOND);
                assertThat(service.lastError()).isNull();
            } finally {
                TopologyFixture.deleteTree(secondState);
            }

            List<ScoredPost> scored = read(kafka, Topics.POSTS_SCORED);
            Map<String, String> placements = new LinkedHashMap<>();
            scored.forEach(post -> assertThat(placements.put(post.postId(), post.narrativeId()))
                    .as("emitted once: %s", post.postId()).isNull());
            assertThat(placements).isEqualTo(expected);

            List<DeadLetter> letters = read(kafka, Topics.POSTS_DLQ);
            assertThat(letters).singleElement().satisfies(letter -> {
                assertThat(letter.reason()).contains("not a valid RawPost");
                assertThat(letter.offset()).isEqualTo((long) FIRST);
            });

            Map<String, Narrative> latest = new HashMap<>();
            read(kafka, Topics.NARRATIVES).forEach(n -> latest.put(n.narrativeId(), n));
            long total = latest.values().stream().filter(n -> n.status() != NarrativeStatus.MERGED)
                    .mapToLong(Narrative::postCount).sum();
            assertThat(total).isEqualTo(FIRST + SECOND);
        }
    }

    private static Map<String, String> referencePlacements(List<RawPost> posts) {
        Map<String, String> placements = new LinkedHashMap<>();
        try (TopologyFixture fixture = new TopologyFixture(TopologyFixture.settings())) {
            posts.forEach(fixture::pipe);
            fixture.scoredPosts().forEach(post -> placements.put(post.postId(), post.narrativeId()));
        }
        return placements;
    }

    private static Properties properties(InProcessKafka kafka, Path state) {
        return StreamsProperties.build("bellwether-it", kafka.bootstrapServers(), state, Duration.ofMillis(100));
    }

    private static KafkaProducer<String, byte[]> producer(InProcessKafka kafka) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Every committed record of a topic, in offset order. */
    private static <V> List<V> read(InProcessKafka kafka, Topic<String, V> topic) {
        return CommittedRecords.values(kafka.bootstrapServers(), topic.name(), topic.valueSerde().deserializer());
    }
}
