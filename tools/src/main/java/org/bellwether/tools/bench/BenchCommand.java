package org.bellwether.tools.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bellwether bench pipeline|search …}: the benchmarks whose figures docs/FIGURES.md quotes. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the pipeline end to end on the in-process broker, or the search index alone.",
        subcommands = {PipelineBenchCommand.class, SearchBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Without a subcommand: the usage, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }
}
