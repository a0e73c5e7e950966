package org.bellwether.ops;

import java.util.concurrent.Callable;
import org.bellwether.tools.bench.BenchCommand;
import org.bellwether.tools.drill.DrillCommand;
import org.bellwether.tools.eval.EvalCommand;
import org.bellwether.tools.harm.TrainCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ops/bin/bellwether}: the launcher's top-level command; its subcommands are the deployables and tools. */
@Command(name = "bellwether", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "<command>",
        description = "Emerging harmful narratives, found early and answered by credible messengers.",
        footer = "%n`bellwether help <command>` or `bellwether <command> --help` prints a command's flags.",
        subcommands = {HelpCommand.class, DevCommand.class, ServerCommand.class, ProcessCommand.class,
                CollectCommand.class, TopicsCommand.class, ReplayCommand.class, DemoCommand.class, EvalCommand.class,
                TrainCommand.class, BenchCommand.class, DrillCommand.class})
final class BellwetherCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Without a command: the usage, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }
}
