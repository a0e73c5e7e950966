package org.bellwether.tools.bench;

import java.util.concurrent.Callable;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether bench search}: query latency of the Lucene index on a synthetic corpus while posts are ingested,
 * and the saved-search monitor's rate (last line: one JSON object); with {@code --without-ingest}, the earlier
 * report of indexing rate and quiet single-thread latency.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        description = {"Index a seeded synthetic corpus into a temporary on-disk index, then time each query kind "
                + "while ingesting 500 posts/s, and the saved-search monitor with --saved-queries saved queries; "
                + "the last line is one JSON object.",
                "With --without-ingest: indexing rate and query latency on a quiet index, as a Markdown report."})
public final class SearchBenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Option(names = "--posts", description = "posts to index")
    private int posts = 200_000;
    @Option(names = "--queries", description = "queries per kind")
    private int queries = 300;
    @Option(names = "--saved-queries", description = "saved queries in the monitor")
    private int savedQueries = 1_000;
    @Option(names = "--monitor-posts", description = "posts matched against the monitor")
    private int monitorPosts = 50_000;
    @Option(names = "--without-ingest", description = "the quiet-index report instead")
    private boolean withoutIngest;
    @Option(names = "--seed", description = "corpus seed")
    private long seed = 42;

    @Override
    public Integer call() throws Exception {
        if (withoutIngest) {
            Cli.out(spec).println(SearchBenchmark.markdown(SearchBenchmark.run(posts, queries, seed)));
            return 0;
        }
        ScaleBenchmark.Report report = ScaleBenchmark.run(posts, savedQueries, queries, monitorPosts, seed);
        Cli.out(spec).println(ScaleBenchmark.markdown(report));
        Cli.out(spec).println(report.json());
        return 0;
    }

    /** For {@code ./mvnw -pl tools -Pbench}: the same command outside the launcher. */
    public static void main(String[] args) {
        System.exit(Cli.commandLine(new SearchBenchCommand()).execute(args));
    }
}
