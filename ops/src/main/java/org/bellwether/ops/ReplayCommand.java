package org.bellwether.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorTopics;
import org.bellwether.ingest.KafkaCollectorSink;
import org.bellwether.ingest.ProducerSettings;
import org.bellwether.ingest.FieldMapping;
import org.bellwether.collectors.replay.ReplayCollector;
import org.bellwether.collectors.replay.ReplaySettings.Format;
import org.bellwether.collectors.replay.ReplaySettings;
import org.bellwether.ingest.TimeParser;
import org.bellwether.tools.cli.Cli;
import org.bellwether.tools.cli.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether replay}: replays one file into a running instance and prints the counts. Exit codes: 0 done (even
 * with invalid records, which are in the dead-letter topic), 1 failure, 2 usage mistake.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Feed a JSONL or CSV file into a running instance (collectors/README.md).")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Option(names = "--file", required = true, paramLabel = "F", description = "the JSONL or CSV file")
    private Path file;
    @Option(names = "--text-field", paramLabel = "T", description = "field holding the text (required unless "
            + "--demo-fields)")
    private String textField;
    @Option(names = "--id-field", paramLabel = "I")
    private String idField;
    @Option(names = "--time-field", paramLabel = "S")
    private String timeField;
    @Option(names = "--lang-field", paramLabel = "L")
    private String langField;
    @Option(names = "--author-field", paramLabel = "A")
    private String authorField;
    @Option(names = "--url-field", paramLabel = "U")
    private String urlField;
    @Option(names = "--place-field", paramLabel = "P")
    private String placeField;
    @Option(names = "--lat-field", paramLabel = "LAT")
    private String latField;
    @Option(names = "--lon-field", paramLabel = "LON")
    private String lonField;
    @Option(names = "--likes-field", paramLabel = "N")
    private String likesField;
    @Option(names = "--reposts-field", paramLabel = "N")
    private String repostsField;
    @Option(names = "--replies-field", paramLabel = "N")
    private String repliesField;
    @Option(names = "--repost-of-field", paramLabel = "R")
    private String repostOfField;
    @Option(names = "--demo-fields", description = "the field names DemoScenario writes (text, id, created_at, lang, "
            + "author, …)")
    private boolean demoFields;
    @Option(names = "--format", paramLabel = "jsonl|csv", description = "default: from the file name")
    private String format;
    @Option(names = "--delimiter", paramLabel = "C", description = "CSV delimiter (default: tab for .tsv, else comma; "
            + "'tab' or '\\t' for a tab)")
    private String delimiter;
    @Option(names = "--source", paramLabel = "NAME", description = "the source written into each post (default: "
            + "${DEFAULT-VALUE})")
    private String source = "replay";
    @Option(names = "--bootstrap", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE})")
    private String bootstrap = ProducerSettings.DEFAULT_BOOTSTRAP;
    @Option(names = "--topic-prefix", paramLabel = "P", description = "deployment prefix of every topic")
    private String topicPrefix = "";
    @Option(names = "--rate", paramLabel = "N", description = "at most N records per second (default: as fast as "
            + "possible)")
    private double rate;
    @Option(names = "--time-shift", paramLabel = "PT72H", description = "add an ISO-8601 duration to every timestamp "
            + "(may be negative: -PT24H)")
    private Duration timeShift;
    @Option(names = "--rebase-to", paramLabel = "INSTANT|now", description = "shift timestamps so the first record's "
            + "time becomes this instant")
    private String rebaseTo;

    /** Runs {@code replay} with {@code args}, printing to {@code out}; returns the exit code. */
    static int run(String[] args, PrintStream out) {
        return Cli.execute(new ReplayCommand(), out, args);
    }

    @Override
    public Integer call() throws IOException {
        ReplaySettings settings = settings();
        PrintStream out = Cli.out(spec);
        if (!Files.isReadable(settings.file())) {
            out.println("replay: cannot read " + settings.file());
            return 1;
        }
        RequiredTopics.requireProvisioned(bootstrap, topicPrefix, RequiredTopics.REPLAY, "replay");
        CheckpointStore checkpoints = CheckpointStore.load(bootstrap,
                CollectorTopics.withPrefix(topicPrefix).checkpoints(), Duration.ofSeconds(30));
        CollectorCounters counters = new CollectorCounters(settings.source());
        try (KafkaCollectorSink sink = KafkaCollectorSink.create(bootstrap, topicPrefix,
                "bellwether-replay-" + Integer.toHexString(settings.sourceKey().hashCode()))) {
            ReplayCollector collector = new ReplayCollector(settings, sink, checkpoints, counters, Clock.systemUTC());
            Thread hook = new Thread(collector::stop, "replay-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try (Progress progress = Progress.following("replay", records(settings),
                    () -> counters.snapshot().total())) {
                CollectorCounters.Snapshot snapshot = collector.replay();
                progress.close();
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
    }

    private ReplaySettings settings() {
        FieldMapping fields;
        if (demoFields) {
            fields = FieldMapping.demo();
        } else {
            if (textField == null || textField.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--text-field is required");
            }
            fields = new FieldMapping(textField, idField, timeField, langField, authorField, urlField, placeField,
                    latField, lonField, likesField, repostsField, repliesField, repostOfField);
        }
        Format parsedFormat;
        try {
            parsedFormat = format != null ? Format.valueOf(format.toUpperCase(Locale.ROOT)) : Format.of(file);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format must be jsonl or csv");
        }
        String separator = delimiter != null ? delimiter : file.toString().endsWith(".tsv") ? "\t" : ",";
        if (separator.equals("\\t") || separator.equals("tab")) {
            separator = "\t";
        }
        if (separator.length() != 1) {
            throw new ParameterException(spec.commandLine(), "--delimiter must be one character");
        }
        Instant rebase = null;
        if (rebaseTo != null) {
            rebase = rebaseTo.equals("now") ? Instant.now() : TimeParser.parse(rebaseTo)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "bad --rebase-to"));
        }
        return new ReplaySettings(file, parsedFormat, source, fields, rate, timeShift, rebase, separator.charAt(0));
    }

    /** About how many records the file holds (its lines), for the time left; 0 when it cannot be read. */
    private static long records(ReplaySettings settings) {
        try (Stream<String> lines = Files.lines(settings.file())) {
            long count = lines.count();
            return settings.format() == Format.CSV ? Math.max(0, count - 1) : count;
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
