package org.bellwether.tools.bench;

import java.util.concurrent.Callable;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bellwether bench search}: indexing rate and query latency of the Lucene index on a synthetic corpus. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        description = "Index a seeded synthetic corpus into a temporary on-disk index, then time each query kind; "
                + "prints a Markdown report.")
public final class SearchBenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Option(names = "--posts", description = "posts to index")
    private int posts = 200_000;
    @Option(names = "--queries", description = "queries per kind")
    private int queries = 300;
    @Option(names = "--seed", description = "corpus seed")
    private long seed = 42;

    @Override
    public Integer call() throws Exception {
        Cli.out(spec).println(SearchBenchmark.markdown(SearchBenchmark.run(posts, queries, seed)));
        return 0;
    }

    /** For {@code ./mvnw -pl tools -Pbench}: the same command outside the launcher. */
    public static void main(String[] args) {
        System.exit(Cli.commandLine(new SearchBenchCommand()).execute(args));
    }
}
