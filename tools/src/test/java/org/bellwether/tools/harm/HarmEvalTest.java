package org.bellwether.tools.harm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.model.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.bellwether.processor.harm.HarmTask;

class HarmEvalTest {

    @TempDir
    Path dir;

    @Test
    void printsTheContractAsTheLastLine() throws IOException {
        Path input = dir.resolve("tiny.jsonl");
        Files.write(input, List.of(
                "{\"id\":\"1\",\"text\":\"deport these rapefugees, they are vermin\",\"lang\":\"en\",\"y\":\"hate\"}",
                "{\"id\":\"2\",\"text\":\"lovely morning at the market\",\"lang\":\"en\",\"y\":\"ok\"}",
                "{\"id\":\"3\",\"text\":\"the mayor opened a new library\",\"y\":\"ok\"}"), StandardCharsets.UTF_8);
        Result result = run("--input", input.toString(), "--text-field", "text", "--label-field", "y",
                "--positive", "hate", "--task", "hate");
        assertThat(result.code()).isZero();
        JsonNode last = Json.mapper().readTree(result.lastLine());
        assertThat(last.get("docs").asInt()).isEqualTo(3);
        assertThat(last.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(last.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(last.get("macro_f1").asDouble()).isEqualTo(1.0);
        assertThat(last.get("threshold").asDouble()).isEqualTo(HarmTask.HATE.threshold());
        assertThat(result.output()).contains("positive", "negative", "precision", "recall");
    }

    @Test
    void severalPositiveLabelsMakeOnePositiveClass() throws IOException {
        Path input = dir.resolve("three.jsonl");
        Files.write(input, List.of(
                "{\"id\":\"1\",\"text\":\"deport these rapefugees, they are vermin\",\"lang\":\"en\",\"y\":0}",
                "{\"id\":\"2\",\"text\":\"you are a fucking idiot\",\"lang\":\"en\",\"y\":1}",
                "{\"id\":\"3\",\"text\":\"lovely morning at the market\",\"lang\":\"en\",\"y\":2}"),
                StandardCharsets.UTF_8);
        Result result = run("--input", input.toString(), "--text-field", "text", "--label-field", "y",
                "--positive", "0,1", "--task", "offensive");
        assertThat(result.code()).isZero();
        assertThat(result.output()).contains("support 2").contains("support 1");
    }

    @Test
    void aListLabelIsPositiveWhenItHoldsAPositiveValue() throws IOException {
        Path input = dir.resolve("multi.jsonl");
        Files.write(input, List.of(
                "{\"id\":\"1\",\"text\":\"deport these rapefugees\",\"lang\":\"en\",\"y\":[\"offensive\",\"hateful\"]}",
                "{\"id\":\"2\",\"text\":\"you are a fucking idiot\",\"lang\":\"en\",\"y\":[\"offensive\"]}",
                "{\"id\":\"3\",\"text\":\"lovely morning at the market\",\"lang\":\"en\",\"y\":[\"normal\"]}"),
                StandardCharsets.UTF_8);
        Result result = run("--input", input.toString(), "--text-field", "text", "--label-field", "y",
                "--positive", "hateful", "--task", "hate");
        assertThat(result.code()).isZero();
        assertThat(result.output()).contains("support 1").contains("support 2");
    }

    @Test
    void rejectsBadArguments() {
        assertThat(run("--input").code()).isEqualTo(2);
        assertThat(run("--input", "x", "--text-field", "t", "--label-field", "l", "--positive", "1", "--task",
                "nonsense").code()).isEqualTo(2);
    }

    @Test
    void smokeOnASliceOfTweetEvalHate() throws IOException {
        Path data = Path.of(System.getProperty("bellwether.sharedData", "../../shared/data"));
        Path val = data.resolve("harm/tweeteval-hate_val.jsonl");
        Assumptions.assumeTrue(Files.exists(val), "shared data not found at " + data.toAbsolutePath()
                + " (set -Dbellwether.sharedData); skipping the smoke evaluation");
        Path slice = dir.resolve("slice.jsonl");
        Files.write(slice, Files.readAllLines(val).subList(0, 200));
        Result result = run("--input", slice.toString(), "--text-field", "text", "--label-field", "label",
                "--positive", "1", "--task", "hate");
        assertThat(result.code()).isZero();
        JsonNode last = Json.mapper().readTree(result.lastLine());
        assertThat(last.get("docs").asInt()).isEqualTo(200);
        // A working scorer, not a tuned figure: HatEval only measures (CC BY-NC), so no value is chosen on it. A
        // constant answer scores at most 0.37 macro-F1 on this slice (83 of 200 hateful); quality figures are
        // measured by `eval harm` and recorded in docs/FIGURES.md, not asserted here.
        assertThat(last.get("macro_f1").asDouble()).isGreaterThan(0.45);
    }

    private record Result(int code, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private static Result run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = HarmEval.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
