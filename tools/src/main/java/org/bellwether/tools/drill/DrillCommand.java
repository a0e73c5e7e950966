package org.bellwether.tools.drill;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bellwether drill}: the fault drill; its last line is one JSON object, its exit code 1 when not clean. */
@Command(name = "drill", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        description = {"In-process Kafka brokers (replication 3, min.insync.replicas 2), the replay collector, two "
                + "processor instances and the indexer;",
                "mid-stream a broker is killed and brought back, a processor instance is killed (SIGKILL) and the "
                        + "indexer restarted. The last line is",
                "{\"posts\",\"scored\",\"indexed\",\"duplicates\",\"lost\",\"alerts\",\"faults\":[…],"
                        + "\"posts_per_s\"}; exit code 1 when anything was lost or duplicated."})
public final class DrillCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Option(names = "--brokers", description = "in-process Kafka nodes")
    private int brokers = 3;
    @Option(names = "--posts", description = "synthetic posts to replay")
    private int posts = 20_000;
    @Option(names = "--partitions", description = "partitions per topic (at least 2)")
    private int partitions = 3;
    @Option(names = "--rate", description = "posts per second the collector replays at (0: as fast as it goes)")
    private double rate = 500;
    @Option(names = "--seed", description = "seed of the synthetic posts")
    private long seed = 1;

    @Override
    public Integer call() throws Exception {
        FaultDrill.Options options;
        try {
            options = new FaultDrill.Options(brokers, posts, partitions, rate, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintStream out = Cli.out(spec);
        DrillResult result = new FaultDrill(options, out).run();
        out.println(result.json());
        return result.clean() ? 0 : 1;
    }
}
