package org.bellwether.tools.harm.functional;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarmFunctionalEvalTest {

    @TempDir
    Path dir;

    @Test
    void printsPassRatesPerFunctionAndLanguageWithJsonLast() throws IOException {
        Path cases = dir.resolve("cases.jsonl");
        Files.write(cases, List.of(
                "{\"id\":\"en-1\",\"lang\":\"en\",\"function\":\"threat\",\"target\":\"migrants\","
                        + "\"label\":\"hateful\",\"text\":\"We will burn the shelter down tonight, migrants out\"}",
                "{\"id\":\"en-2\",\"lang\":\"en\",\"function\":\"identity_neutral\",\"target\":\"migrants\","
                        + "\"label\":\"not_hateful\",\"text\":\"Many migrants work at the market.\"}",
                "{\"id\":\"de-1\",\"lang\":\"de\",\"function\":\"identity_neutral\",\"target\":\"jews\","
                        + "\"label\":\"not_hateful\",\"text\":\"Die jüdische Gemeinde feiert heute.\"}"),
                StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = HarmFunctionalEval.run(new String[] {"--cases", cases.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        String[] lines = output.strip().split("\n");
        JsonNode last = Json.mapper().readTree(lines[lines.length - 1]);
        assertThat(last.get("cases").asInt()).isEqualTo(3);
        assertThat(last.get("pass_rates").get("en").has("threat")).isTrue();
        assertThat(last.get("pass_rates").get("en").get("identity_neutral").asDouble()).isEqualTo(1.0);
        assertThat(last.get("pass_rates").get("de").has("threat")).isFalse();
        assertThat(last.get("macro_f1_by_language").has("de")).isTrue();
        assertThat(output).contains("function", "threat", "identity_neutral", "counter-speech judged hateful");
    }

    @Test
    void aMissingSuiteIsAFailureNotAnEmptyReport() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = HarmFunctionalEval.run(new String[] {"--cases", dir.resolve("absent.jsonl").toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isNotZero();
    }
}
