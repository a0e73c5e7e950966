package org.bellwether.ops;

import java.io.PrintStream;
import java.util.List;

/** A command whose flags and work belong to a module's own entry point; the launcher only forwards. */
final class Delegate implements Command {
    /** A module entry point: {@code int run(String[] args, PrintStream out)}. */
    @FunctionalInterface
    interface EntryPoint {
        int run(String[] args, PrintStream out) throws Exception;
    }

    private final String name;
    private final String summary;
    private final String usage;
    private final EntryPoint entryPoint;

    Delegate(String name, String summary, String usage, EntryPoint entryPoint) {
        this.name = name;
        this.summary = summary;
        this.usage = usage;
        this.entryPoint = entryPoint;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        return entryPoint.run(args.toArray(String[]::new), out);
    }
}
