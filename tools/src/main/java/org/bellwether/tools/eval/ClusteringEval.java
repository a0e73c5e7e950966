package org.bellwether.tools.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.flag.AlertRule;
import org.bellwether.processor.flag.FlaggingSettings;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval clustering --input F.jsonl --text-field T --label-field L [--time-field S] [--id-field I]
 * [--predictions OUT.tsv]}: replays the file through the real topology and scores each document's final narrative
 * (followed through merges) against its label. Without a time field the documents get synthetic times, one minute
 * apart ({@link EvalFiles}). With {@code --exclude-field}, every document is still replayed but those whose field has
 * one of the excluded values are left out of the scores (CrisisLexT26's "Not related" tweets, for instance). The last
 * line printed is one JSON object.
 */
@Command(name = "clustering", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replay a labelled file through the real topology and score each document's final narrative "
                + "against its label (NMI, ARI, B-cubed). The last line printed is one JSON object."})
public final class ClusteringEval implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Option(names = "--input", required = true, paramLabel = "F.jsonl", description = "the labelled file")
    private Path input;
    @Option(names = "--text-field", required = true, paramLabel = "T", description = "field holding the text")
    private String textField;
    @Option(names = "--label-field", required = true, paramLabel = "L", description = "field holding the gold cluster")
    private String labelField;
    @Option(names = "--time-field", paramLabel = "S",
            description = "field holding the time (default: synthetic times, one minute apart)")
    private String timeField;
    @Option(names = "--id-field", paramLabel = "I", description = "field holding the document id")
    private String idField;
    @Option(names = "--predictions", paramLabel = "OUT.tsv", description = "write id and narrative per document")
    private Path predictions;
    @Option(names = "--exclude-field", paramLabel = "X",
            description = "replay every document, but score only those whose X is not one of --exclude-values")
    private String excludeField;
    @Option(names = "--exclude-values", paramLabel = "A,B", split = ",", description = "values of --exclude-field")
    private Set<String> excludeValues = Set.of();

    @Override
    public Integer call() {
        PrintStream out = Cli.out(spec);
        List<EvalDocument> documents = EvalFiles.read(input, textField, labelField, timeField, idField, excludeField);
        Set<String> excluded = excludeValues;
        EvalReplay.Outcome outcome;
        try (EvalReplay replay = new EvalReplay(Pipeline.build(EvalReplay.SETTINGS))) {
            outcome = replay.replay(documents);
        }
        List<String> predicted = outcome.finalNarratives();
        List<String> gold = new ArrayList<>();
        List<String> scoredPredictions = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).tag() == null || !excluded.contains(documents.get(i).tag())) {
                gold.add(documents.get(i).label());
                scoredPredictions.add(predicted.get(i));
            }
        }
        ClusteringMetrics metrics = ClusteringMetrics.of(gold, scoredPredictions);
        if (predictions != null) {
            write(predictions, documents, predicted);
        }
        double docsPerSecond = documents.size() / Math.max(outcome.seconds(), 1e-9);
        if (!excluded.isEmpty()) {
            out.printf(Locale.ROOT, "scored without documents whose %s is one of %s%n", excludeField,
                    excluded);
        }
        out.printf(Locale.ROOT, "%s: %d docs replayed, %d scored, %d gold clusters, %d narratives%s%n",
                input, documents.size(), metrics.docs(), metrics.goldClusters(), metrics.clusters(),
                timeField == null ? " (synthetic times, one minute apart)" : "");
        out.printf(Locale.ROOT, "NMI %.4f  ARI %.4f  B-cubed P %.4f R %.4f F1 %.4f  %.0f docs/s through the topology%n",
                metrics.nmi(), metrics.ari(), metrics.b3Precision(), metrics.b3Recall(), metrics.b3F1(),
                docsPerSecond);
        NarrativesPerLabel seen = NarrativesPerLabel.of(gold, scoredPredictions, SEEN_MIN_POSTS);
        out.printf(Locale.ROOT, "narratives of %d posts or more a gold cluster holds the majority of: mean %.2f, "
                        + "max %d (%d gold clusters over 3); its three largest narratives hold at least %.3f of "
                        + "its documents%n", seen.minSize(), seen.meanNarratives(), seen.maxNarratives(),
                seen.labelsOverThree(), seen.minTopThree());
        out.println(String.format(Locale.ROOT, "{\"docs\":%d,\"gold_clusters\":%d,\"clusters\":%d,\"nmi\":%.4f,"
                        + "\"ari\":%.4f,\"b3_precision\":%.4f,\"b3_recall\":%.4f,\"b3_f1\":%.4f,\"docs_per_s\":%.0f,"
                        + "\"narratives_per_cluster_mean\":%.2f,\"narratives_per_cluster_max\":%d,"
                        + "\"top3_share_min\":%.4f}",
                metrics.docs(), metrics.goldClusters(), metrics.clusters(), metrics.nmi(), metrics.ari(),
                metrics.b3Precision(), metrics.b3Recall(), metrics.b3F1(), docsPerSecond, seen.meanNarratives(),
                seen.maxNarratives(), seen.minTopThree()));
        return 0;
    }

    /**
     * The smallest narrative counted as one an event is seen as: the fewest posts in a day any shipped alert rule
     * looks at (five).
     */
    static final int SEEN_MIN_POSTS = (int) FlaggingSettings.defaultRules().stream()
            .mapToLong(AlertRule::minPostsLastDay).min().orElse(1);

    private static void write(Path file, List<EvalDocument> documents, List<String> predicted) {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int i = 0; i < documents.size(); i++) {
                writer.print(documents.get(i).id());
                writer.print('\t');
                writer.println(predicted.get(i));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}
