package org.bellwether.processor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.bellwether.model.Alert;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.Geo;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.RawPost;
import org.bellwether.model.ResponseEvent;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Tip;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.processor.BellwetherTopology;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.PipelineCounters;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StreamsProperties;

/** The real topology in a {@link TopologyTestDriver}, with fakes for the scorer and the extractor. */
public final class TopologyFixture implements AutoCloseable {
    public static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");
    public static final byte[] KEY = "0123456789abcdef-test-key".getBytes(StandardCharsets.UTF_8);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T12:00:00Z"), ZoneOffset.UTC);

    public final ProcessorSettings settings;
    public final Pipeline pipeline;
    public final TopologyTestDriver driver;
    public final TestInputTopic<String, byte[]> postsRaw;
    public final TestInputTopic<String, byte[]> tipsRaw;
    public final TestInputTopic<String, ResponseEvent> responses;
    public final TestOutputTopic<String, ScoredPost> scored;
    public final TestOutputTopic<String, Narrative> narratives;
    public final TestOutputTopic<String, Alert> alerts;
    public final TestOutputTopic<String, DeadLetter> deadLetters;
    private final Path stateDirectory;
    private final boolean ownDirectory;

    public TopologyFixture(ProcessorSettings settings) {
        this(pipeline(settings), newDirectory(), true);
    }

    public TopologyFixture(Pipeline pipeline) {
        this(pipeline, newDirectory(), true);
    }

    /** A driver over an existing state directory (to restart on the state a previous driver left). */
    public TopologyFixture(ProcessorSettings settings, Path stateDirectory, boolean deleteOnClose) {
        this(pipeline(settings), stateDirectory, deleteOnClose);
    }

    private TopologyFixture(Pipeline pipeline, Path stateDirectory, boolean deleteOnClose) {
        this.settings = pipeline.settings();
        this.pipeline = pipeline;
        this.stateDirectory = stateDirectory;
        this.ownDirectory = deleteOnClose;
        Properties properties = StreamsProperties.build("bellwether-test", "127.0.0.1:9", stateDirectory);
        properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0");
        driver = new TopologyTestDriver(BellwetherTopology.buildTopology(pipeline), properties, T0);
        postsRaw = driver.createInputTopic(name(Topics.POSTS_RAW), new StringSerializer(), new ByteArraySerializer());
        tipsRaw = driver.createInputTopic(name(Topics.TIPS_RAW), new StringSerializer(), new ByteArraySerializer());
        responses = driver.createInputTopic(name(Topics.RESPONSES), new StringSerializer(),
                Topics.RESPONSES.valueSerde().serializer());
        scored = output(Topics.POSTS_SCORED);
        narratives = output(Topics.NARRATIVES);
        alerts = output(Topics.ALERTS);
        deadLetters = output(Topics.POSTS_DLQ);
    }

    /** Default settings with the test key. */
    public static ProcessorSettings settings() {
        return ProcessorSettings.defaults(KEY);
    }

    /** The settings with the fakes for the scorer and the extractor, the fixed clock and fresh counters. */
    public static Pipeline pipeline(ProcessorSettings settings) {
        return new Pipeline(settings, new FakeHarmScorer(), new FakeEntityExtractor(), CLOCK, new PipelineCounters());
    }

    public static RawPost post(String id, String text, Instant createdAt) {
        return new RawPost(SchemaVersion.CURRENT, "test", id, null, "author-" + id, text, null, createdAt,
                createdAt, null, null, null);
    }

    public static RawPost post(String id, String author, String text, Instant createdAt, Geo geo, String repostOf) {
        return new RawPost(SchemaVersion.CURRENT, "test", id, null, author, text, null, createdAt, createdAt, geo,
                null, repostOf);
    }

    public void pipe(RawPost post) {
        postsRaw.pipeInput(post.key(), Json.write(post), post.createdAt());
    }

    public void pipe(Tip tip) {
        tipsRaw.pipeInput(tip.tipId(), Json.write(tip), tip.receivedAt());
    }

    public void pipeRaw(String key, String value) {
        postsRaw.pipeInput(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8), T0);
    }

    public List<ScoredPost> scoredPosts() {
        return scored.readValuesToList();
    }

    public List<TestRecord<String, Narrative>> narrativeRecords() {
        return narratives.readRecordsToList();
    }

    public <K, V> org.apache.kafka.streams.state.KeyValueStore<K, V> keyValueStore(String name) {
        return driver.getKeyValueStore(name);
    }

    public Path stateDirectory() {
        return stateDirectory;
    }

    private <V> TestOutputTopic<String, V> output(Topic<String, V> topic) {
        Topic<String, V> prefixed = topic.prefixed(settings.topicPrefix());
        return driver.createOutputTopic(prefixed.name(), prefixed.keySerde().deserializer(),
                prefixed.valueSerde().deserializer());
    }

    private String name(Topic<String, ?> topic) {
        return topic.prefixed(settings.topicPrefix()).name();
    }

    private static Path newDirectory() {
        try {
            return Files.createTempDirectory("bellwether-ttd-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        if (ownDirectory) {
            deleteTree(stateDirectory);
        }
    }

    public static void deleteTree(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // temporary
        }
    }
}
