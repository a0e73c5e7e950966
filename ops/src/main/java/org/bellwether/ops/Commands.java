package org.bellwether.ops;

import java.util.List;
import org.bellwether.collectors.CollectCommand;
import org.bellwether.collectors.replay.ReplayCommand;
import org.bellwether.tools.eval.EvalCommand;
import org.bellwether.tools.harm.HarmTrain;

/** The launcher's command list. */
final class Commands {
    private Commands() {
    }

    static List<Command> all() {
        return List.of(
                new DevCommand(),
                new ServerCommand(),
                new ProcessCommand(),
                new Delegate("collect", "run the live collectors of a watchlist against external Kafka",
                        "usage: bellwether collect --help  (collectors/README.md)", CollectCommand::run),
                new Delegate("replay", "feed a JSONL or CSV file into a running instance (default 127.0.0.1:9092)",
                        "usage: bellwether replay --file F --text-field T [--id-field I] [--time-field S] …"
                                + "  (collectors/README.md)", ReplayCommand::run),
                new DemoCommand(),
                new Delegate("eval", "measure clustering, harm scoring or emergence on a labelled file",
                        """
                        usage: bellwether eval clustering --input F --text-field T --label-field L [--time-field S] [--id-field I] [--predictions OUT.tsv]
                               bellwether eval harm --input F --text-field T --label-field L --positive V --task hate|offensive|toxic|misinformation
                               bellwether eval emergence --input F --text-field T --label-field L --time-field S""",
                        EvalCommand::run),
                new Train(),
                new org.bellwether.ops.bench.BenchCommand());
    }

    /** {@code bellwether train harm …}: rebuilds the shipped harm models from the permissively licensed data. */
    private static final class Train implements Command {
        @Override
        public String name() {
            return "train";
        }

        @Override
        public String summary() {
            return "retrain the shipped harm models (train harm; stream-processor/README.md)";
        }

        @Override
        public String usage() {
            return "usage: bellwether train harm [flags]  (stream-processor/README.md, section Harm scoring)";
        }

        @Override
        public int run(List<String> args, java.io.PrintStream out) throws Exception {
            if (args.isEmpty() || !args.get(0).equals("harm")) {
                throw new Flags.UsageException("what to train: harm");
            }
            return HarmTrain.run(args.subList(1, args.size()).toArray(String[]::new), out);
        }
    }
}
