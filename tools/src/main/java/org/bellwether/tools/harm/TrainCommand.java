package org.bellwether.tools.harm;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bellwether train harm …}: rebuilds shipped models from the permissively licensed data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Retrain the shipped harm models (stream-processor/README.md, section Harm scoring).",
        subcommands = HarmTrain.class)
public final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Without a subcommand: the usage, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }
}
