package org.bellwether.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.model.Json;
import org.bellwether.tools.cli.Cli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The scale run's output contract on a small index; its figures are the bench's to report, not asserted here. */
class SearchBenchCommandTest {

    @Test
    void scaleRunPrintsOneJsonObjectLast() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine command = Cli.commandLine(new SearchBenchCommand());
        command.setOut(new PrintWriter(out, true));

        int code = command.execute("--posts", "3000", "--saved-queries", "40", "--queries", "6",
                "--monitor-posts", "300");

        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\n");
        JsonNode json = Json.mapper().readTree(lines[lines.length - 1]);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).startsWith("posts", "ingest_posts_per_s", "max_p99_ms", "match_all_p99_ms", "queries",
                "monitor_posts_per_s").contains("index_bytes_per_post", "heap_mb");
        assertThat(json.get("posts").asInt()).isEqualTo(3000);
        List<String> kinds = new ArrayList<>();
        json.get("queries").fieldNames().forEachRemaining(kinds::add);
        assertThat(kinds).containsExactly("term", "phrase", "boolean_filters", "faceted", "histogram", "narrative",
                "match_all_facets_30d");
        json.get("queries").forEach(kind -> assertThat(kind.get("p99_ms").asDouble())
                .isGreaterThanOrEqualTo(kind.get("p50_ms").asDouble()));
        assertThat(json.get("monitor_posts_per_s").asDouble()).isPositive();
        assertThat(json.get("index_bytes_per_post").asDouble()).isPositive();
    }
}
