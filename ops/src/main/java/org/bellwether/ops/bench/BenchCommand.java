package org.bellwether.ops.bench;

import org.bellwether.tools.bench.PipelineBenchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.bellwether.ops.Command;
import org.bellwether.ops.Flags;
import org.bellwether.processor.StreamsProperties;

/** {@code bellwether bench pipeline --posts N}: the end-to-end benchmark; its last line is one JSON object. */
public final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure the pipeline end to end on the in-process broker (bench pipeline --posts N)";
    }

    @Override
    public String usage() {
        return """
                usage: bellwether bench pipeline [--posts 50000] [--latency-posts 15000] [--rate 500]
                                                 [--partitions 4] [--threads 2] [--commit-ms 100] [--no-ner]
                  pass-through topology, full topology + indexer (posts/s until searchable), and ingest-to-alert
                  latency at --rate posts/s; the last line is
                  {"posts":…,"posts_per_s":…,"passthrough_posts_per_s":…,"ratio":…,"p50_ms":…,"p99_ms":…}""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty() || !args.get(0).equals("pipeline")) {
            throw new Flags.UsageException("what to measure: pipeline");
        }
        Flags flags = Flags.parse(args.subList(1, args.size()), Set.of("no-ner"));
        PipelineBenchmark.Options options = new PipelineBenchmark.Options(
                flags.getInt("posts", 50_000), flags.getInt("latency-posts", 15_000), flags.getInt("rate", 500),
                flags.getInt("partitions", 4), flags.getInt("threads", 2), !flags.has("no-ner"),
                flags.getInt("commit-ms", (int) StreamsProperties.DEFAULT_COMMIT_INTERVAL.toMillis()));
        flags.requireAllKnown();
        if (options.posts() < 1 || options.latencyPosts() < 1 || options.rate() < 1) {
            throw new Flags.UsageException("--posts, --latency-posts and --rate must be positive");
        }
        PipelineBenchmark.Result result = new PipelineBenchmark(options, out).run();
        out.println(result.json());
        return 0;
    }
}
