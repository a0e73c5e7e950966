package org.bellwether.tools.eval;

import java.io.PrintStream;
import java.util.Arrays;
import org.bellwether.tools.harm.HarmEval;

/**
 * Entry point of {@code bellwether eval …}: {@code clustering}, {@code emergence} and {@code harm}. Each prints
 * readable lines and, as its last line, one JSON object; the return value is the process exit code (0 success,
 * 1 failure, 2 usage).
 */
public final class EvalCommand {
    static final String USAGE = "usage: eval clustering|emergence|harm --input F.jsonl --text-field T "
            + "--label-field L ...";

    private EvalCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            out.println(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "clustering" -> ClusteringEval.run(rest, out);
                case "emergence" -> EmergenceEval.run(rest, out);
                case "harm" -> HarmEval.run(rest, out);
                default -> {
                    out.println("unknown evaluation '" + args[0] + "'");
                    out.println(USAGE);
                    yield 2;
                }
            };
        } catch (RuntimeException e) {
            out.println("eval " + args[0] + " failed: " + e);
            return 1;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }
}
