package org.bellwether.tools.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.bellwether.model.Alert;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.RawPost;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Topics;
import org.bellwether.processor.BellwetherTopology;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StoreKind;
import org.bellwether.processor.StreamsProperties;
import org.bellwether.processor.nlp.NlpSettings;
import org.bellwether.tools.cli.Progress;

/**
 * Replays evaluation documents, in file order, through the real topology in a {@link TopologyTestDriver}: each
 * document becomes a {@link RawPost} on {@code posts.raw} (source {@code eval}, no author, no language hint, the
 * document's time as createdAt). Only the text and the time reach the topology; labels stay here.
 */
final class EvalReplay implements AutoCloseable {
    /** Where each document went, and what the narratives and alerts were. */
    record Outcome(List<String> assigned, Map<String, String> mergedInto, List<TimedAlert> alerts,
                   double seconds) {

        /** The final narrative of each document: its narrative, followed through merges. */
        List<String> finalNarratives() {
            List<String> result = new ArrayList<>(assigned.size());
            for (String narrative : assigned) {
                result.add(follow(narrative));
            }
            return result;
        }

        String follow(String narrative) {
            String current = narrative;
            for (int hops = 0; hops < 1_000 && mergedInto.containsKey(current); hops++) {
                current = mergedInto.get(current);
            }
            return current;
        }
    }

    /**
     * An alert, the number of documents replayed when it came out, and the merges known then (so that the alert can
     * be judged by what its narrative contained at the time).
     */
    record TimedAlert(Alert alert, int position, Map<String, String> mergedIntoThen) {
    }

    private final Path stateDirectory;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> posts;
    private final TestOutputTopic<String, ScoredPost> scored;
    private final TestOutputTopic<String, Narrative> narratives;
    private final TestOutputTopic<String, Alert> alerts;

    /**
     * The values evaluations run with: the shipped defaults, the entity extractor without CoreNLP (its models are
     * slow to load and do not take part in clustering), in-memory stores (the same topology and changelogged stores,
     * without RocksDB's disk traffic). {@link Pipeline#build} adds the shipped harm scorer, as in production.
     */
    static final ProcessorSettings SETTINGS = ProcessorSettings.defaults(
            "bellwether-evaluation-key".getBytes(StandardCharsets.UTF_8))
            .withNlp(NlpSettings.cheapOnly()).withStores(StoreKind.IN_MEMORY);

    EvalReplay(Pipeline pipeline) {
        try {
            stateDirectory = Files.createTempDirectory("bellwether-eval-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties properties = StreamsProperties.build("bellwether-eval", "127.0.0.1:9", stateDirectory);
        properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0");
        driver = new TopologyTestDriver(BellwetherTopology.buildTopology(pipeline), properties);
        String prefix = pipeline.settings().topicPrefix();
        posts = driver.createInputTopic(Topics.POSTS_RAW.prefixed(prefix).name(), new StringSerializer(),
                new ByteArraySerializer());
        scored = output(Topics.POSTS_SCORED.prefixed(prefix));
        narratives = output(Topics.NARRATIVES.prefixed(prefix));
        alerts = output(Topics.ALERTS.prefixed(prefix));
    }

    Outcome replay(List<EvalDocument> documents) {
        Map<String, Integer> positions = new HashMap<>();
        String[] assigned = new String[documents.size()];
        Map<String, String> mergedInto = new HashMap<>();
        List<TimedAlert> raised = new ArrayList<>();
        long start = System.nanoTime();
        try (Progress progress = Progress.start("replay", documents.size())) {
            replayAll(documents, positions, assigned, mergedInto, raised, progress);
        }
        driver.advanceWallClockTime(Duration.ofMinutes(1));
        drain(positions, assigned, mergedInto, raised, documents.size());
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> list = new ArrayList<>(assigned.length);
        for (int i = 0; i < assigned.length; i++) {
            list.add(assigned[i] == null ? "unassigned-" + i : assigned[i]);
        }
        return new Outcome(list, mergedInto, raised, seconds);
    }

    private void replayAll(List<EvalDocument> documents, Map<String, Integer> positions, String[] assigned,
                           Map<String, String> mergedInto, List<TimedAlert> raised, Progress progress) {
        for (int i = 0; i < documents.size(); i++) {
            EvalDocument document = documents.get(i);
            String sourceId = String.valueOf(i + 1);
            positions.put("eval:" + sourceId, i);
            RawPost post = RawPost.of("eval", sourceId, null, null, document.text(), null, document.time(),
                    document.time());
            posts.pipeInput("eval:" + sourceId, Json.write(post), document.time());
            drain(positions, assigned, mergedInto, raised, i + 1);
            progress.step();
        }
    }

    private void drain(Map<String, Integer> positions, String[] assigned, Map<String, String> mergedInto,
                       List<TimedAlert> raised, int position) {
        while (!scored.isEmpty()) {
            ScoredPost post = scored.readValue();
            Integer index = positions.get(post.postId());
            if (index != null) {
                assigned[index] = post.narrativeId();
            }
        }
        while (!narratives.isEmpty()) {
            Narrative narrative = narratives.readValue();
            if (narrative.mergedInto() != null) {
                mergedInto.put(narrative.narrativeId(), narrative.mergedInto());
            }
        }
        while (!alerts.isEmpty()) {
            raised.add(new TimedAlert(alerts.readValue(), position, Map.copyOf(mergedInto)));
        }
    }

    /** What one document produced: its scored post (with its narrative), narrative snapshots and alerts, in order. */
    record Step(List<ScoredPost> scored, List<Narrative> narratives, List<Alert> alerts) {
    }

    /**
     * Feeds one document (source id {@code position + 1}, the given author handle, which the topology pseudonymises)
     * and returns what came out, for replays that interleave several topologies document by document.
     */
    Step feed(int position, EvalDocument document, String authorHandle) {
        String sourceId = String.valueOf(position + 1);
        RawPost post = RawPost.of("eval", sourceId, null, authorHandle, document.text(), null, document.time(),
                document.time());
        posts.pipeInput("eval:" + sourceId, Json.write(post), document.time());
        List<ScoredPost> scoredPosts = new ArrayList<>();
        List<Narrative> snapshots = new ArrayList<>();
        List<Alert> raised = new ArrayList<>();
        scored.readValuesToList().forEach(scoredPosts::add);
        narratives.readValuesToList().forEach(snapshots::add);
        alerts.readValuesToList().forEach(raised::add);
        return new Step(scoredPosts, snapshots, raised);
    }

    private <V> TestOutputTopic<String, V> output(org.bellwether.model.Topic<String, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            deleteQuietly(stateDirectory);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans up what is left
        }
    }
}
