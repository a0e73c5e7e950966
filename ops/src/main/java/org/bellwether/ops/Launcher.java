package org.bellwether.ops;

import org.bellwether.tools.cli.Cli;

/** Entry point of {@code ops/bin/bellwether}: parses the command line and runs the command. Only glue lives here. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        int code = Cli.commandLine(new BellwetherCommand()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
