package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.bellwether.collectors.demo.DemoPost;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.model.CityMap;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.RawPost;
import org.bellwether.model.Topics;
import org.bellwether.processor.BellwetherTopology;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StreamsProperties;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every post is counted in exactly one live narrative, whatever order the input partitions deliver the demo city in:
 * the final snapshots of the narratives that were not merged away add up to the posts. Partitions interleave at
 * random (short or long runs) while each keeps its own order, and the wall clock that flushes snapshots ticks at
 * random; this is how the narrative task sees a real multi-partition stream. (A narrative that faded and came back
 * through a repost once let its stale instance overwrite the live one and lose posts.)
 */
class NarrativeAccountingTest {
    private static final int POSTS = 2_000;
    private static final int PARTITIONS = 3;
    private static final List<RawPost> CITY = DemoScenario.generate(
            new DemoSettings(7, DemoSettings.DEFAULT_START, 72, 400, 0.4)).posts().subList(0, POSTS).stream()
            .map(DemoPost::post).toList();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void narrativePostCountsAddUpToThePostsInAnyInterleaving(int seed) throws Exception {
        Random random = new Random(seed);
        Properties properties = StreamsProperties.build("accounting", "127.0.0.1:9", Files.createDirectories(
                dir.resolve("state")));
        properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0");
        byte[] key = "accounting-pseudonym-key".getBytes(StandardCharsets.UTF_8);
        try (TopologyTestDriver driver = new TopologyTestDriver(BellwetherTopology.buildTopology(
                Pipeline.build(ProcessorSettings.forCity(key, CityMap.sample(), false))), properties)) {
            TestInputTopic<String, byte[]> posts = driver.createInputTopic(Topics.POSTS_RAW.name(),
                    new StringSerializer(), new ByteArraySerializer());
            TestOutputTopic<String, Narrative> narratives = driver.createOutputTopic(Topics.NARRATIVES.name(),
                    Topics.NARRATIVES.keySerde().deserializer(), Topics.NARRATIVES.valueSerde().deserializer());
            Map<String, Narrative> latest = new HashMap<>();
            int sent = 0;
            for (RawPost post : interleaved(random, seed % 2 == 0 ? 5 : 200)) {
                posts.pipeInput(post.key(), Json.write(post), post.createdAt().toEpochMilli());
                if (++sent % (1 + random.nextInt(100)) == 0) {
                    driver.advanceWallClockTime(Duration.ofSeconds(2));
                }
                narratives.readValuesToList().forEach(n -> latest.put(n.narrativeId(), n));
            }
            driver.advanceWallClockTime(Duration.ofMinutes(1));
            narratives.readValuesToList().forEach(n -> latest.put(n.narrativeId(), n));

            long counted = latest.values().stream().filter(n -> n.mergedInto() == null)
                    .mapToLong(Narrative::postCount).sum();
            assertThat(counted).isEqualTo(POSTS);
            assertThat(latest.values()).as("some narratives merge, so the case is exercised")
                    .anyMatch(n -> n.mergedInto() != null);
        }
    }

    /** The posts split over partitions by key, then read in runs of up to {@code maxRun} from a random partition. */
    private static List<RawPost> interleaved(Random random, int maxRun) {
        List<List<RawPost>> partitions = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            partitions.add(new ArrayList<>());
        }
        CITY.forEach(post -> partitions.get(Math.floorMod(post.key().hashCode(), PARTITIONS)).add(post));
        int[] next = new int[PARTITIONS];
        List<RawPost> order = new ArrayList<>(POSTS);
        while (order.size() < POSTS) {
            int p = random.nextInt(PARTITIONS);
            int run = 1 + random.nextInt(maxRun);
            for (int i = 0; i < run && next[p] < partitions.get(p).size(); i++) {
                order.add(partitions.get(p).get(next[p]++));
            }
        }
        return order;
    }
}
