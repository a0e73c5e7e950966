package org.bellwether.ops;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.bellwether.collectors.demo.DemoFiles;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.collectors.demo.Scenario;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bellwether demo --out F.jsonl}: writes the seeded Port Lucena scenario as JSON Lines for {@code replay}. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        description = "Write the seeded demo city stream as JSON Lines (feed it with replay --demo-fields).")
final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "F.jsonl", description = "the file to write")
    private Path out;
    @Option(names = "--seed", description = "scenario seed")
    private long seed = 42;
    @Option(names = "--malformed", paramLabel = "N",
            description = "also write N malformed lines (for dead-letter demonstrations)")
    private int malformed;
    @Option(names = "--chatter-per-day", description = "everyday posts per day")
    private int chatterPerDay = 1_200;
    @Option(names = "--narrative-scale", description = "size of the harmful storylines relative to the shipped scenario")
    private double narrativeScale = 0.6;
    @Option(names = "--hours", description = "hours of city time")
    private int hours = 72;
    @Option(names = "--start", description = "the scenario's first instant")
    private Instant start = DemoSettings.DEFAULT_START;

    /** Runs {@code demo} with {@code args}, printing to {@code out}; returns the exit code. */
    static int run(String[] args, PrintStream out) {
        return Cli.execute(new DemoCommand(), out, args);
    }

    @Override
    public Integer call() throws Exception {
        PrintStream print = Cli.out(spec);
        Scenario scenario = DemoScenario.generate(new DemoSettings(seed, start, hours, chatterPerDay, narrativeScale));
        DemoFiles.Written written = DemoFiles.writeJsonl(scenario, out, malformed);
        Map<String, Integer> byStoryline = new TreeMap<>();
        scenario.posts().forEach(post -> byStoryline.merge(post.storyline(), 1, Integer::sum));
        print.printf("wrote %d posts and %d malformed lines to %s%n", written.posts(), written.malformed().size(), out);
        byStoryline.forEach((storyline, count) -> print.println("  " + storyline + ": " + count));
        print.printf("replay it: ops/bin/bellwether replay --file %s --demo-fields --source demo%n", out);
        return 0;
    }
}
