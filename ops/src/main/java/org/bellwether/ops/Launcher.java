package org.bellwether.ops;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point of {@code ops/bin/bellwether}: dispatches to a subcommand. Only glue lives here. */
public final class Launcher {
    private final Map<String, Command> commands = new LinkedHashMap<>();

    Launcher(List<Command> commands) {
        commands.forEach(command -> this.commands.put(command.name(), command));
    }

    /** Every command the distribution offers. */
    static Launcher standard() {
        return new Launcher(Commands.all());
    }

    public static void main(String[] args) throws Exception {
        int code = standard().run(List.of(args), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            if (args.size() > 1 && commands.containsKey(args.get(1))) {
                out.println(commands.get(args.get(1)).usage());
            } else {
                printHelp(out);
            }
            return args.isEmpty() ? 2 : 0;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("bellwether: unknown command '" + args.get(0) + "'");
            printHelp(err);
            return 2;
        }
        try {
            return command.run(args.subList(1, args.size()), out);
        } catch (Flags.UsageException e) {
            err.println("bellwether " + command.name() + ": " + e.getMessage());
            err.println(command.usage());
            return 2;
        }
    }

    private void printHelp(PrintStream out) {
        out.println("usage: ops/bin/bellwether <command> [flags]   (help <command> for its flags)");
        out.println();
        commands.values().forEach(c -> out.printf("  %-9s %s%n", c.name(), c.summary()));
    }
}
