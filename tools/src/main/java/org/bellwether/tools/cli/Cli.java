package org.bellwether.tools.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * How every command of the launcher is run: picocli parses the flags and prints the generated help; a usage mistake
 * exits with 2 (after the message and the command's usage), a failure with 1 (after one line saying what failed),
 * success with what the command returns (usually 0).
 */
public final class Cli {
    private Cli() {
    }

    /** A command line for {@code command} with the house conventions, writing to the process's streams. */
    public static CommandLine commandLine(Object command) {
        CommandLine commandLine = new CommandLine(command);
        lowerCaseHeadings(commandLine);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + " failed: " + exception.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine;
    }

    /** Runs {@code command} with {@code args}, its output and errors both on {@code out}; returns the exit code. */
    public static int execute(Object command, PrintStream out, String... args) {
        PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(command);
        commandLine.setOut(writer);
        commandLine.setErr(writer);
        try {
            return commandLine.execute(args);
        } finally {
            writer.flush();
        }
    }

    /** Where a command prints: the command line's output stream, as a PrintStream for code that takes one. */
    public static PrintStream out(CommandLine.Model.CommandSpec spec) {
        PrintWriter writer = spec.commandLine().getOut();
        return new PrintStream(new WriterOutputStream(writer), true, StandardCharsets.UTF_8);
    }

    /** Lower-case {@code usage:} as before picocli, 100 columns, and the build's version for {@code -V}. */
    private static void lowerCaseHeadings(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().synopsisHeading("usage: ").width(100);
        String version = Cli.class.getPackage().getImplementationVersion();
        commandLine.getCommandSpec().version("bellwether " + (version != null ? version : "(development build)"));
        commandLine.getSubcommands().values().forEach(Cli::lowerCaseHeadings);
    }

    /** Bytes written to a PrintStream, decoded as UTF-8 onto a writer. */
    private static final class WriterOutputStream extends java.io.OutputStream {
        private final PrintWriter writer;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public synchronized void write(int b) {
            pending.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public synchronized void flush() {
            writer.print(pending.toString(StandardCharsets.UTF_8));
            writer.flush();
            pending.reset();
        }
    }
}
