package org.bellwether.tools.eval;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.bellwether.tools.cli.Cli;
import org.bellwether.tools.harm.HarmEval;
import org.bellwether.tools.harm.functional.HarmFunctionalEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether eval clustering|emergence|harm|harm-functional …}. Each prints readable lines and, as its last line, one JSON
 * object; the exit code is 0 on success, 1 on failure, 2 on a usage mistake.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure clustering, harm scoring, emergence or early warning between cities on a labelled file, "
                + "or harm scoring on the functional suite.",
        subcommands = {ClusteringEval.class, EmergenceEval.class, HarmEval.class, HarmFunctionalEval.class,
                NetworkEval.class})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Without a subcommand: the usage, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    /** Runs {@code eval} with {@code args} (without the word {@code eval}), printing to {@code out}. */
    public static int run(String[] args, PrintStream out) {
        return Cli.execute(new EvalCommand(), out, args);
    }
}
