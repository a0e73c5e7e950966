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

/**
 * {@code eval clustering --input F.jsonl --text-field T --label-field L [--time-field S] [--id-field I]
 * [--predictions OUT.tsv]}: replays the file through the real topology and scores each document's final narrative
 * (followed through merges) against its label. Without a time field the documents get synthetic times, one minute
 * apart ({@link EvalFiles}). With {@code --exclude-field}, every document is still replayed but those whose field has
 * one of the excluded values are left out of the scores (CrisisLexT26's "Not related" tweets, for instance). The last
 * line printed is one JSON object.
 */
public final class ClusteringEval {
    static final String USAGE = "usage: eval clustering --input F.jsonl --text-field T --label-field L "
            + "[--time-field S] [--id-field I] [--predictions OUT.tsv] [--exclude-field X --exclude-values A,B]";

    private ClusteringEval() {
    }

    public static int run(String[] args, PrintStream out) {
        EvalArguments arguments;
        try {
            arguments = EvalArguments.parse(args,
                    Set.of("input", "text-field", "label-field", "time-field", "id-field", "predictions",
                            "exclude-field", "exclude-values"),
                    Set.of("input", "text-field", "label-field"));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        List<EvalDocument> documents = EvalFiles.read(arguments.path("input"), arguments.get("text-field"),
                arguments.get("label-field"), arguments.get("time-field"), arguments.get("id-field"),
                arguments.get("exclude-field"));
        Set<String> excluded = arguments.get("exclude-values") == null ? Set.of()
                : Set.of(arguments.get("exclude-values").split(","));
        EvalReplay.Outcome outcome;
        try (EvalReplay replay = new EvalReplay(EvalSettings.standard())) {
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
        Path predictions = arguments.path("predictions");
        if (predictions != null) {
            write(predictions, documents, predicted);
        }
        double docsPerSecond = documents.size() / Math.max(outcome.seconds(), 1e-9);
        if (!excluded.isEmpty()) {
            out.printf(Locale.ROOT, "scored without documents whose %s is one of %s%n", arguments.get("exclude-field"),
                    excluded);
        }
        out.printf(Locale.ROOT, "%s: %d docs replayed, %d scored, %d gold clusters, %d narratives%s%n",
                arguments.get("input"), documents.size(), metrics.docs(), metrics.goldClusters(), metrics.clusters(),
                arguments.get("time-field") == null ? " (synthetic times, one minute apart)" : "");
        out.printf(Locale.ROOT, "NMI %.4f  ARI %.4f  B-cubed P %.4f R %.4f F1 %.4f  %.0f docs/s through the topology%n",
                metrics.nmi(), metrics.ari(), metrics.b3Precision(), metrics.b3Recall(), metrics.b3F1(),
                docsPerSecond);
        out.println(String.format(Locale.ROOT, "{\"docs\":%d,\"gold_clusters\":%d,\"clusters\":%d,\"nmi\":%.4f,"
                        + "\"ari\":%.4f,\"b3_precision\":%.4f,\"b3_recall\":%.4f,\"b3_f1\":%.4f,\"docs_per_s\":%.0f}",
                metrics.docs(), metrics.goldClusters(), metrics.clusters(), metrics.nmi(), metrics.ari(),
                metrics.b3Precision(), metrics.b3Recall(), metrics.b3F1(), docsPerSecond));
        return 0;
    }

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
