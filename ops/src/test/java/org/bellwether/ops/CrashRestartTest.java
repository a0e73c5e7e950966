package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.bellwether.collectors.demo.DemoFiles;
import org.bellwether.collectors.demo.DemoPost;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.model.Topics;
import org.bellwether.search.IndexerService;
import org.bellwether.search.LuceneSearchIndex;
import org.bellwether.search.NarrativeHit;
import org.bellwether.search.NarrativeQuery;
import org.bellwether.search.SearchSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the processor (a separate JVM, {@code kill -9}) and stops the indexer in the middle of a stream, restarts
 * both, and checks that every count is still exact: each post scored once, indexed once, counted in one narrative.
 */
class CrashRestartTest {
    private static final int POSTS = 2_000;
    private static final String KEY = Base64.getEncoder().encodeToString(
            "crash-restart-pseudonym-key".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;
    private Infrastructure infrastructure;
    private final List<Process> processors = new ArrayList<>();

    @AfterEach
    void stop() {
        processors.forEach(Process::destroyForcibly);
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void countsStayExactAcrossAKilledProcessorAndARestartedIndexer() throws Exception {
        infrastructure = Infrastructure.temporary(3).start();
        // the second half is sent only after the kill, so the kill is mid-stream by construction, not by timing
        Path firstHalf = writePosts(dir.resolve("posts-1.jsonl"), 0, POSTS / 2);
        Path secondHalf = writePosts(dir.resolve("posts-2.jsonl"), POSTS / 2, POSTS);
        Path stateDir = dir.resolve("streams");
        Path indexDir = dir.resolve("index");

        Process first = startProcessor(stateDir, logFile("processor-1.log"));
        LuceneSearchIndex index = LuceneSearchIndex.open(SearchSettings.at(indexDir, ""));
        IndexerService indexer = new IndexerService(index, consumerConfig(), "");
        indexer.start();
        CompletableFuture<Integer> replay = CompletableFuture.supplyAsync(() -> replay(firstHalf, 400));

        await().atMost(Duration.ofMinutes(3)).until(() -> scoredRecords().size() >= POSTS / 4);
        first.destroyForcibly().waitFor(); // kill -9 mid-stream: no commit, no clean close
        indexer.close();
        index.close();
        long indexedBeforeRestart;
        try (LuceneSearchIndex stopped = LuceneSearchIndex.open(SearchSettings.at(indexDir, ""))) {
            indexedBeforeRestart = stopped.stats().posts();
        }

        assertThat(replay.get()).as("replay exit code, first half").isZero();
        startProcessor(stateDir, logFile("processor-2.log"));
        assertThat(replay(secondHalf, 400)).as("replay exit code, second half").isZero();
        LuceneSearchIndex reopened = LuceneSearchIndex.open(SearchSettings.at(indexDir, ""));
        IndexerService restarted = new IndexerService(reopened, consumerConfig(), "");
        restarted.start();
        try {
            await().atMost(Duration.ofMinutes(4)).untilAsserted(() -> {
                List<String> scored = scoredRecords();
                assertThat(scored).as("posts.scored, read committed").hasSize(POSTS);
                assertThat(new HashSet<>(scored)).as("no post scored twice").hasSize(POSTS);
                reopened.refresh();
                assertThat(reopened.stats().posts()).isEqualTo(POSTS);
                assertThat(narrativePostCounts(reopened)).isEqualTo(POSTS);
            });
            assertThat(indexedBeforeRestart).as("indexed before the kill: the first half at most")
                    .isLessThanOrEqualTo(POSTS / 2);
        } finally {
            restarted.close();
            reopened.close();
        }
    }

    /** The processors' own output, kept under {@code target/} (not the temporary folder) to read after a failure. */
    private static Path logFile(String name) throws java.io.IOException {
        Path logs = Files.createDirectories(Path.of("target", "crash-restart"));
        return logs.resolve(name);
    }

    private Process startProcessor(Path stateDir, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "process", "--state-dir", stateDir.toString(), "--bootstrap", infrastructure.bootstrapServers(),
                "--no-ner", "--admin-port", "0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put(ProcessCommand.KEY_ENV, KEY);
        Process process = builder.start();
        processors.add(process);
        return process;
    }

    private int replay(Path file, int rate) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        return ReplayCommand.run(new String[] {"--file", file.toString(), "--demo-fields", "--source", "demo",
                "--bootstrap", infrastructure.bootstrapServers(), "--rate", String.valueOf(rate)},
                new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers());
    }

    private static long narrativePostCounts(LuceneSearchIndex index) {
        long sum = 0;
        for (int page = 0; ; page++) {
            List<NarrativeHit> hits = index.searchNarratives(
                    new NarrativeQuery(null, null, null, false, page, 100)).hits();
            sum += hits.stream().mapToLong(hit -> hit.narrative().postCount()).sum();
            if (hits.size() < 100) {
                return sum;
            }
        }
    }

    /** Keys of every committed record on posts.scored. */
    private List<String> scoredRecords() {
        return CommittedRecords.keys(infrastructure.bootstrapServers(), Topics.POSTS_SCORED.name());
    }

    private static Path writePosts(Path file, int from, int to) throws Exception {
        List<DemoPost> posts = DemoScenario.generate(
                new DemoSettings(11, DemoSettings.DEFAULT_START, 72, 400, 0.4)).posts();
        Set<String> ids = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (DemoPost post : posts.subList(from, to)) {
            assertThat(ids.add(post.post().sourceId())).isTrue();
            lines.add(DemoFiles.line(post));
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
