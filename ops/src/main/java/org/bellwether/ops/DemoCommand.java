package org.bellwether.ops;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bellwether.collectors.demo.DemoFiles;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;

/** {@code bellwether demo --out F.jsonl}: writes the seeded Port Lucena scenario as JSON Lines for {@code replay}. */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "write the seeded demo city stream as JSON Lines (feed it with replay --demo-fields)";
    }

    @Override
    public String usage() {
        return """
                usage: bellwether demo --out F.jsonl [--seed 42] [--malformed 0]
                  --malformed  also write N malformed lines (for dead-letter demonstrations)""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        Flags flags = Flags.parse(args, Set.of());
        Path file = Path.of(flags.require("out"));
        long seed = flags.getInt("seed", 42);
        int malformed = flags.getInt("malformed", 0);
        flags.requireAllKnown();
        DemoFiles.Written written = DemoFiles.writeJsonl(DemoScenario.generate(DemoSettings.defaults(seed)), file,
                malformed);
        out.printf("wrote %d posts and %d malformed lines to %s%n", written.posts(), written.malformed().size(), file);
        out.printf("replay it: ops/bin/bellwether replay --file %s --demo-fields --source demo%n", file);
        return 0;
    }
}
