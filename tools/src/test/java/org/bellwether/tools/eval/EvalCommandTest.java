package org.bellwether.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.support.SyntheticStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path directory;

    @Test
    void clusteringPrintsTheContractAsItsLastLineAndWritesPredictions() throws IOException {
        Path input = labelledFile(300, false);
        Path predictions = directory.resolve("predictions.tsv");

        Result result = run("clustering", "--input", input.toString(), "--text-field", "body", "--label-field",
                "story", "--id-field", "key", "--predictions", predictions.toString());

        assertThat(result.code()).isZero();
        JsonNode json = result.lastLine();
        assertThat(fieldNames(json)).containsExactly("docs", "gold_clusters", "clusters", "nmi", "ari",
                "b3_precision", "b3_recall", "b3_f1", "docs_per_s", "narratives_per_cluster_mean",
                "narratives_per_cluster_max", "top3_share_min");
        assertThat(json.get("docs").asInt()).isEqualTo(300);
        assertThat(json.get("gold_clusters").asInt()).isEqualTo(5);
        assertThat(json.get("nmi").asDouble()).isGreaterThan(0.8);
        assertThat(json.get("b3_f1").asDouble()).isGreaterThan(0.7);
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines).hasSize(300);
        assertThat(lines.get(0)).matches("k0\tn-\\d{8}");
    }

    @Test
    void emergencePrintsTheContractAsItsLastLine() throws IOException {
        Path input = labelledFile(300, true);

        Result result = run("emergence", "--input", input.toString(), "--text-field", "body", "--label-field",
                "story", "--time-field", "at");

        assertThat(result.code()).isZero();
        assertThat(fieldNames(result.lastLine())).containsExactly("events", "detected", "median_delay_posts",
                "median_delay_minutes", "false_alerts");
        assertThat(result.lastLine().get("events").asInt()).isEqualTo(5);
    }

    @Test
    void emergenceWithABackgroundLabelTreatsThoseDocumentsAsNoise() throws IOException {
        Path input = labelledFile(300, true);

        Result plain = run("emergence", "--input", input.toString(), "--text-field", "body", "--label-field",
                "story", "--time-field", "at");
        Result result = run("emergence", "--input", input.toString(), "--text-field", "body", "--label-field",
                "story", "--time-field", "at", "--background-label", "story-0");

        assertThat(result.code()).isZero();
        JsonNode json = result.lastLine();
        assertThat(fieldNames(json)).containsExactly("events", "detected", "median_delay_posts",
                "median_delay_minutes", "false_alerts", "noise_alerts");
        assertThat(json.get("events").asInt()).isEqualTo(4);
        // the same replay: a story that alerted before now alerts as noise, and is no longer detected
        boolean story0Alerted = plain.output().lines().anyMatch(line -> line.matches("story-0 +detected.*"));
        assertThat(json.get("noise_alerts").asInt() > 0).isEqualTo(story0Alerted);
        assertThat(json.get("detected").asInt()).isEqualTo(plain.lastLine().get("detected").asInt()
                - (story0Alerted ? 1 : 0));
        assertThat(json.get("false_alerts").asInt()).isGreaterThanOrEqualTo(json.get("noise_alerts").asInt());
    }

    @Test
    void networkSharesBetweenTwoCitiesAndPrintsTheContractAsItsLastLine() throws IOException {
        Path input = labelledFile(600, true);

        Result result = run("network", "--input", input.toString(), "--text-field", "body", "--label-field",
                "story", "--time-field", "at", "--cities", "2", "--lag", "PT1H", "--min-authors", "5");

        assertThat(result.code()).isZero();
        JsonNode json = result.lastLine();
        assertThat(fieldNames(json)).containsExactly("events", "prewarned", "median_lead_minutes", "false_matches",
                "shared", "withheld_below_k");
        assertThat(json.get("events").asInt()).isEqualTo(5);
        assertThat(json.get("shared").asInt()).isPositive();
        assertThat(json.get("prewarned").asInt()).isPositive();
        assertThat(json.get("false_matches").asInt()).isLessThanOrEqualTo(1);
        // a threshold no synthetic narrative reaches withholds every alert's narrative: nothing is shared or matched
        JsonNode withheld = run("network", "--input", input.toString(), "--text-field", "body", "--label-field",
                "story", "--time-field", "at", "--lag", "PT1H", "--min-authors", "100000").lastLine();
        assertThat(withheld.get("shared").asInt()).isZero();
        assertThat(withheld.get("withheld_below_k").asInt()).isPositive();
        assertThat(withheld.get("prewarned").asInt()).isZero();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("nonsense").code()).isEqualTo(2);
        assertThat(run("clustering", "--input").code()).isEqualTo(2);
        assertThat(run("emergence", "--input", "x.jsonl", "--text-field", "t", "--label-field", "l").code())
                .isEqualTo(2);
        assertThat(run("harm").code()).isEqualTo(2);
    }

    @Test
    void newsTStartIsClusteredWell() {
        Path file = Path.of(System.getProperty("bellwether.sharedData", "../../shared/data"), "clustering",
                "News-T.jsonl");
        if (!Files.exists(file)) {
            file = Path.of("../shared/data/clustering/News-T.jsonl");
        }
        Assumptions.assumeTrue(Files.exists(file), "shared data not found (set -Dbellwether.sharedData): skipped");
        List<EvalDocument> documents = EvalFiles.read(file, "textCleaned", "clusterNo", null, "Id").subList(0, 1500);
        try (EvalReplay replay = new EvalReplay(Pipeline.build(EvalReplay.SETTINGS))) {
            EvalReplay.Outcome outcome = replay.replay(documents);
            ClusteringMetrics metrics = ClusteringMetrics.of(documents.stream().map(EvalDocument::label).toList(),
                    outcome.finalNarratives());
            assertThat(metrics.nmi()).isGreaterThan(0.85);
        }
    }

    private Path labelledFile(int count, boolean withTime) throws IOException {
        List<RawPost> posts = SyntheticStream.posts(count, Instant.parse("2026-03-14T09:00:00Z"), 5);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            Map<String, Object> line = new java.util.LinkedHashMap<>();
            line.put("key", "k" + i);
            line.put("body", posts.get(i).text());
            line.put("story", "story-" + SyntheticStream.story(i));
            if (withTime) {
                line.put("at", posts.get(i).createdAt().toString());
            }
            lines.add(Json.writeString(line));
        }
        Path file = directory.resolve(withTime ? "timed.jsonl" : "plain.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Result run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = EvalCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String output) {
        JsonNode lastLine() {
            String[] lines = output.strip().split("\n");
            try {
                return Json.mapper().readTree(lines[lines.length - 1]);
            } catch (IOException e) {
                throw new AssertionError("last line is not JSON: " + lines[lines.length - 1], e);
            }
        }
    }
}
