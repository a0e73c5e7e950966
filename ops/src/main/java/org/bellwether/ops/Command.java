package org.bellwether.ops;

import java.io.PrintStream;
import java.util.List;

/** A launcher subcommand. */
public interface Command {

    /** The word after {@code bellwether}. */
    String name();

    /** One line for {@code bellwether help}. */
    String summary();

    /** Usage lines shown with {@code bellwether help <name>} and after a usage mistake. */
    String usage();

    /**
     * Runs the command. Long-running commands (dev, server, process, collect) return only when stopped.
     *
     * @return the process exit code
     */
    int run(List<String> args, PrintStream out) throws Exception;
}
