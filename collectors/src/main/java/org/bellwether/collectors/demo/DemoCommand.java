package org.bellwether.collectors.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bellwether demo --out F.jsonl}: writes the demo scenario as JSON Lines for {@code replay --demo-fields
 * --source demo}, optionally with malformed lines, and prints what it wrote per storyline. Exit 0, 1 on I/O
 * failure, 2 on usage errors.
 */
public final class DemoCommand {
    static final String USAGE = """
            usage: demo --out F.jsonl [--seed 42] [--malformed 0] [--chatter-per-day 1200] [--narrative-scale 0.6]
                        [--hours 72] [--start 2026-03-09T00:00:00Z]
            """;

    private DemoCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0 || !options.containsKey("--out")) {
            out.print(USAGE);
            return 2;
        }
        DemoSettings settings;
        try {
            settings = new DemoSettings(Long.parseLong(options.getOrDefault("--seed", "42")),
                    java.time.Instant.parse(options.getOrDefault("--start", DemoSettings.DEFAULT_START.toString())),
                    Integer.parseInt(options.getOrDefault("--hours", "72")),
                    Integer.parseInt(options.getOrDefault("--chatter-per-day", "1200")),
                    Double.parseDouble(options.getOrDefault("--narrative-scale", "0.6")));
        } catch (RuntimeException e) {
            out.println("demo: " + e.getMessage());
            out.print(USAGE);
            return 2;
        }
        try {
            Scenario scenario = DemoScenario.generate(settings);
            DemoFiles.Written written = DemoFiles.writeJsonl(scenario, Path.of(options.get("--out")),
                    Integer.parseInt(options.getOrDefault("--malformed", "0")));
            Map<String, Integer> byStoryline = new TreeMap<>();
            scenario.posts().forEach(p -> byStoryline.merge(p.storyline(), 1, Integer::sum));
            out.println("wrote " + written.posts() + " posts and " + written.malformed().size() + " malformed lines to "
                    + options.get("--out"));
            byStoryline.forEach((storyline, count) -> out.println("  " + storyline + ": " + count));
            return 0;
        } catch (IOException e) {
            out.println("demo failed: " + e.getMessage());
            return 1;
        }
    }
}
