package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.bellwether.collectors.demo.DemoFiles;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.collectors.demo.Scenario;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.model.CityMap;
import org.bellwether.model.Topics;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.ProcessorService;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StreamsProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processor instances with the same application id share the partitions of one deployment (the production
 * scale-out path, docs/SCALING.md) and still score every post exactly once.
 */
class ScaleOutTest {
    private static final int POSTS = 1_500;

    @TempDir
    Path dir;

    @Test
    void twoInstancesSharePartitionsAndEveryPostIsScoredOnce() throws Exception {
        try (Infrastructure infrastructure = Infrastructure.temporary(4).start()) {
            byte[] key = "scale-out-pseudonym-key".getBytes(StandardCharsets.UTF_8);
            ProcessorSettings settings = ProcessorSettings.forCity(key, CityMap.sample(), false);
            ProcessorService first = new ProcessorService(Pipeline.build(settings),
                    StreamsProperties.forDeployment("", infrastructure.bootstrapServers(), dir.resolve("first")));
            ProcessorService second = new ProcessorService(Pipeline.build(settings),
                    StreamsProperties.forDeployment("", infrastructure.bootstrapServers(), dir.resolve("second")));
            try (first; second) {
                first.start();
                second.start();
                await().atMost(Duration.ofMinutes(2)).until(() -> running(first) && running(second)
                        && activeTasks(first) > 0 && activeTasks(second) > 0);

                Scenario scenario = DemoScenario.generate(new DemoSettings(3, DemoSettings.DEFAULT_START, 72, 400, 0.4));
                Path file = dir.resolve("posts.jsonl");
                DemoFiles.writeJsonl(new Scenario(scenario.settings(), scenario.posts().subList(0, POSTS), List.of()),
                        file, 0);
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                assertThat(ReplayCommand.run(new String[] {"--file", file.toString(), "--demo-fields", "--source",
                        "demo", "--bootstrap", infrastructure.bootstrapServers()},
                        new PrintStream(output, true, StandardCharsets.UTF_8))).isZero();

                await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
                    List<String> scored = scoredKeys(infrastructure);
                    assertThat(scored).hasSize(POSTS);
                    assertThat(new HashSet<>(scored)).hasSize(POSTS);
                });
                assertThat(activeTasks(first)).as("first instance still owns work").isPositive();
                assertThat(activeTasks(second)).as("second instance still owns work").isPositive();
            }
        }
    }

    private static boolean running(ProcessorService processor) {
        return processor.state() == KafkaStreams.State.RUNNING;
    }

    private static long activeTasks(ProcessorService processor) {
        KafkaStreams streams = processor.streams();
        return streams == null ? 0 : streams.metadataForLocalThreads().stream()
                .map(ThreadMetadata::activeTasks).mapToLong(Set::size).sum();
    }

    private static List<String> scoredKeys(Infrastructure infrastructure) {
        return CommittedRecords.keys(infrastructure.bootstrapServers(), Topics.POSTS_SCORED.name());
    }
}
