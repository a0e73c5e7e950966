package org.bellwether.collectors.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bellwether.model.collect.CheckpointStore;
import org.bellwether.model.collect.CollectorCounters;
import org.bellwether.model.collect.CollectorTopics;
import org.bellwether.model.collect.KafkaCollectorSink;
import org.bellwether.model.collect.ProducerSettings;
import org.bellwether.collectors.replay.ReplaySettings.Format;
import org.bellwether.model.collect.FieldMapping;
import org.bellwether.model.collect.TimeParser;

/**
 * The {@code bellwether replay} command: replays one file into a running instance and prints the counts.
 * Exit codes: 0 done (even with invalid records, which are in the DLQ), 1 failure, 2 usage error.
 */
public final class ReplayCommand {
    static final String USAGE = """
            usage: replay --file F --text-field T [--id-field I] [--time-field S] [--lang-field L]
                          [--author-field A] [--url-field U] [--place-field P] [--lat-field LAT] [--lon-field LON]
                          [--likes-field N] [--reposts-field N] [--replies-field N] [--repost-of-field R]
                          [--demo-fields] [--format jsonl|csv] [--delimiter C] [--source NAME]
                          [--bootstrap 127.0.0.1:9092] [--topic-prefix P] [--rate N]
                          [--time-shift PT72H | --rebase-to 2026-01-01T00:00:00Z|now] [--partitions N]
              --demo-fields  the field names DemoScenario writes (text, id, created_at, lang, author, …)
              --rate         at most N records per second (default: as fast as possible)
              --time-shift   add an ISO-8601 duration to every timestamp (may be negative: -PT24H)
              --rebase-to    shift timestamps so the first record's time becomes this instant
              --partitions   partitions for topics this command has to create (default 3)
            """;
    private static final Set<String> FLAGS = Set.of("--demo-fields");

    private ReplayCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            out.println("replay: " + e.getMessage());
            out.print(USAGE);
            return 2;
        }
        ReplaySettings settings;
        try {
            settings = settings(options);
        } catch (RuntimeException e) {
            out.println("replay: " + e.getMessage());
            out.print(USAGE);
            return 2;
        }
        if (!Files.isReadable(settings.file())) {
            out.println("replay: cannot read " + settings.file());
            return 1;
        }
        String bootstrap = options.getOrDefault("--bootstrap", ProducerSettings.DEFAULT_BOOTSTRAP);
        String prefix = options.getOrDefault("--topic-prefix", "");
        int partitions = Integer.parseInt(options.getOrDefault("--partitions", "3"));
        try {
            Map<String, Object> adminConfig = new HashMap<>();
            adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
            try (Admin admin = Admin.create(adminConfig)) {
                CollectorTopics.withPrefix(prefix).createMissing(admin, partitions);
            }
            CheckpointStore checkpoints = CheckpointStore.load(bootstrap,
                    CollectorTopics.withPrefix(prefix).checkpoints(), Duration.ofSeconds(30));
            CollectorCounters counters = new CollectorCounters(settings.source());
            try (KafkaCollectorSink sink = KafkaCollectorSink.create(bootstrap, prefix,
                    "bellwether-replay-" + Integer.toHexString(settings.sourceKey().hashCode()))) {
                ReplayCollector collector = new ReplayCollector(settings, sink, checkpoints, counters,
                        Clock.systemUTC());
                Thread hook = new Thread(collector::stop, "replay-stop");
                Runtime.getRuntime().addShutdownHook(hook);
                try {
                    CollectorCounters.Snapshot snapshot = collector.replay();
                    out.println(snapshot.line());
                } finally {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException shuttingDown) {
                        // the hook is running
                    }
                }
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println("replay failed: " + e.getMessage());
            return 1;
        }
    }

    static ReplaySettings settings(Map<String, String> options) {
        Path file = Path.of(required(options, "--file"));
        FieldMapping fields;
        if (options.containsKey("--demo-fields")) {
            fields = FieldMapping.demo();
        } else {
            fields = new FieldMapping(required(options, "--text-field"), options.get("--id-field"),
                    options.get("--time-field"), options.get("--lang-field"), options.get("--author-field"),
                    options.get("--url-field"), options.get("--place-field"), options.get("--lat-field"),
                    options.get("--lon-field"), options.get("--likes-field"), options.get("--reposts-field"),
                    options.get("--replies-field"), options.get("--repost-of-field"));
        }
        Format format = options.containsKey("--format")
                ? Format.valueOf(options.get("--format").toUpperCase(java.util.Locale.ROOT)) : Format.of(file);
        String delimiter = options.getOrDefault("--delimiter", file.toString().endsWith(".tsv") ? "\t" : ",");
        if (delimiter.equals("\\t") || delimiter.equals("tab")) {
            delimiter = "\t";
        }
        if (delimiter.length() != 1) {
            throw new IllegalArgumentException("--delimiter must be one character");
        }
        double rate = options.containsKey("--rate") ? Double.parseDouble(options.get("--rate")) : 0;
        Duration shift = options.containsKey("--time-shift") ? Duration.parse(options.get("--time-shift")) : null;
        Instant rebase = null;
        if (options.containsKey("--rebase-to")) {
            String value = options.get("--rebase-to");
            rebase = value.equals("now") ? Instant.now()
                    : TimeParser.parse(value).orElseThrow(() -> new IllegalArgumentException("bad --rebase-to"));
        }
        return new ReplaySettings(file, format, options.getOrDefault("--source", "replay"), fields, rate, shift,
                rebase, delimiter.charAt(0));
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(0, eq), arg.substring(eq + 1));
            } else if (FLAGS.contains(arg)) {
                options.put(arg, "true");
            } else {
                if (i + 1 >= list.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                options.put(arg, list.get(++i));
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
