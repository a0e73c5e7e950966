package org.bellwether.tools.bench;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.bellwether.processor.StreamsProperties;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bellwether bench pipeline}: the end-to-end benchmark; its last line is one JSON object. */
@Command(name = "pipeline", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        description = {"Pass-through topology, full topology + indexer (posts/s until searchable), and "
                + "ingest-to-alert latency at --rate posts/s, on the in-process broker. The last line is",
                "{\"posts\":…,\"posts_per_s\":…,\"passthrough_posts_per_s\":…,\"ratio\":…,\"p50_ms\":…,\"p99_ms\":…}"})
public final class PipelineBenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Option(names = "--posts", description = "posts for the throughput runs")
    private int posts = 50_000;
    @Option(names = "--latency-posts", description = "posts for the latency run")
    private int latencyPosts = 15_000;
    @Option(names = "--rate", description = "posts per second of the latency run")
    private int rate = 500;
    @Option(names = "--partitions", description = "partitions per topic")
    private int partitions = 4;
    @Option(names = "--threads", description = "stream threads")
    private int threads = 2;
    @Option(names = "--commit-ms", description = "Streams commit interval in milliseconds")
    private int commitMs = (int) StreamsProperties.DEFAULT_COMMIT_INTERVAL.toMillis();
    @Option(names = "--no-ner", description = "skip CoreNLP NER on harm candidates")
    private boolean noNer;
    @Option(names = "--narratives", description = "live narratives created (one seed post each) before the "
            + "full pipeline's clock starts")
    private int narratives;

    @Override
    public Integer call() throws Exception {
        if (posts < 1 || latencyPosts < 1 || rate < 1 || narratives < 0) {
            throw new ParameterException(spec.commandLine(), "--posts, --latency-posts and --rate must be positive");
        }
        PrintStream out = Cli.out(spec);
        PipelineBenchmark.Result result = new PipelineBenchmark(new PipelineBenchmark.Options(posts, latencyPosts,
                rate, partitions, threads, !noNer, commitMs, narratives), out).run();
        out.println(result.json());
        return 0;
    }
}
