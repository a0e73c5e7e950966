package org.bellwether.tools.harm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bellwether.processor.harm.DebunkedClaims;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.bellwether.processor.harm.HarmLexicon;
import org.bellwether.processor.harm.HarmScorer;
import org.bellwether.processor.harm.HarmTask;
import org.bellwether.tools.cli.Cli;
import org.bellwether.tools.cli.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code bellwether eval harm --input F.jsonl --text-field T --label-field L --positive V[,W…]
 * --task hate|offensive|toxic|misinformation [--folds K] [--data DIR] [--scores OUT.tsv]}.
 *
 * <p>Scores every document with the shipped scorer (labels are read only to score), prints per-class precision
 * and recall, and as its last line one JSON object with the positive class's figures and the macro-F1 at the
 * task's shipped threshold ({@link HarmTask}). With {@code --folds K} the shipped models are not used: for each of K
 * folds (seeded) the models are retrained by {@link HarmTraining} from the shared data minus that fold's texts, so
 * files that are part of the training data (GermEval, MLMA, Constraint train) are measured honestly.
 */
@Command(name = "harm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score every document of a labelled file with the shipped harm scorer and print per-class "
                + "precision and recall; the last line is one JSON object with the positive class's figures and the "
                + "macro-F1 at the task's shipped threshold."})
public final class HarmEval implements Callable<Integer> {

    private static final long FOLD_SEED = 20_180_906L;

    @Spec
    private CommandSpec spec;
    @Option(names = "--input", required = true, paramLabel = "F.jsonl", description = "the labelled file")
    private Path input;
    @Option(names = "--text-field", required = true, paramLabel = "T", description = "field holding the text")
    private String textField;
    @Option(names = "--label-field", required = true, paramLabel = "L", description = "field holding the label")
    private String labelField;
    @Option(names = "--positive", required = true, paramLabel = "V",
            description = "the label value that is harmful (several: A,B; a list label is positive if it holds one)")
    private String positive;
    @Option(names = "--task", required = true, paramLabel = "TASK", converter = TaskConverter.class,
            description = "hate, offensive, toxic or misinformation")
    private HarmTask task;
    @Option(names = "--folds", paramLabel = "K", description = "retrain the models K times without each fold "
            + "(for files that are part of the training data); default: the shipped models")
    private int folds;
    @Option(names = "--data", paramLabel = "DIR", description = "the shared data folder (for --folds; default: "
            + "${sys:bellwether.sharedData:-<repository>/../shared/data})")
    private Path data = HarmTrain.defaultData();
    @Option(names = "--scores", paramLabel = "OUT.tsv", description = "write id, gold label and score per document")
    private Path scoresFile;

    /** Runs {@code eval harm} with {@code args}, printing to {@code out}; returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        return Cli.execute(new HarmEval(), out, args);
    }

    /** A label, or a list of labels (MLMA's multi-label {@code hostility}), is positive if one value is. */
    static boolean isPositive(JsonNode label, Set<String> positives) {
        if (label.isArray()) {
            for (JsonNode value : label) {
                if (positives.contains(LabelledCorpus.text(value))) {
                    return true;
                }
            }
            return false;
        }
        return positives.contains(LabelledCorpus.text(label));
    }

    @Override
    public Integer call() throws IOException {
        evaluate(new Options(input, textField, labelField, positive, task, folds, data, scoresFile), Cli.out(spec));
        return 0;
    }

    static void evaluate(Options options, PrintStream out) throws IOException {
        Set<String> positives = Set.of(options.positive().split(","));
        List<LabelledText> docs = LabelledCorpus.read(options.input(), options.textField(),
                node -> isPositive(node.get(options.labelField()), positives), options.labelField());
        long start = System.nanoTime();
        double[] scores;
        try (Progress progress = Progress.start("eval harm", docs.size())) {
            scores = options.folds() > 1 ? crossValidated(docs, options, out, progress) : scoreAll(docs,
                    DefaultHarmScorer.load(), options.task(), progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean[] gold = new boolean[docs.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = docs.get(i).label();
        }
        if (options.scoresFile() != null) {
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(options.scoresFile(),
                    StandardCharsets.UTF_8))) {
                for (int i = 0; i < gold.length; i++) {
                    writer.printf(Locale.ROOT, "%s\t%d\t%.4f%n", docs.get(i).id(), gold[i] ? 1 : 0, scores[i]);
                }
            }
        }
        double threshold = options.task().threshold();
        BinaryMetrics m = BinaryMetrics.of(gold, scores, threshold);
        out.printf(Locale.ROOT, "task %s, %d docs, threshold %.2f, %.0f docs/s%s%n", options.task().name()
                .toLowerCase(Locale.ROOT), m.docs(), threshold, docs.size() / Math.max(seconds, 1e-9),
                options.folds() > 1 ? ", " + options.folds() + "-fold cross-validation (models retrained per fold)" : "");
        out.println(m.line("positive", m.precision(), m.recall(), m.f1(), m.truePositive() + m.falseNegative()));
        out.println(m.line("negative", m.negativePrecision(), m.negativeRecall(), m.negativeF1(),
                m.trueNegative() + m.falsePositive()));
        double bestThreshold = threshold;
        double bestMacro = -1;
        for (int t = 5; t <= 95; t++) {
            double macro = BinaryMetrics.of(gold, scores, t / 100.0).macroF1();
            if (macro > bestMacro) {
                bestMacro = macro;
                bestThreshold = t / 100.0;
            }
        }
        out.printf(Locale.ROOT, "(for information only, not the shipped figure: the best threshold on this file "
                + "would be %.2f with macro-F1 %.4f)%n", bestThreshold, bestMacro);
        out.printf(Locale.ROOT, "{\"docs\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"macro_f1\":%.4f,"
                + "\"threshold\":%.2f}%n", m.docs(), m.precision(), m.recall(), m.f1(), m.macroF1(), threshold);
    }

    static double[] scoreAll(List<LabelledText> docs, HarmScorer scorer, HarmTask task, Progress progress) {
        double[] scores = new double[docs.size()];
        for (int i = 0; i < scores.length; i++) {
            LabelledText doc = docs.get(i);
            scores[i] = task.score(scorer.score(doc.text(), doc.lang()));
            progress.step();
        }
        return scores;
    }

    private static double[] crossValidated(List<LabelledText> docs, Options options, PrintStream out,
                                           Progress progress)
            throws IOException {
        int k = options.folds();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(FOLD_SEED));
        int[] fold = new int[docs.size()];
        for (int i = 0; i < order.size(); i++) {
            fold[order.get(i)] = i % k;
        }
        HarmLexicon lexicon = HarmLexicon.load();
        List<LabelledText> abusive = HarmTraining.abusiveDocuments(options.data());
        List<LabelledText> misinformation = HarmTraining.misinformationDocuments(options.data());
        double[] scores = new double[docs.size()];
        for (int f = 0; f < k; f++) {
            Set<String> heldOut = new HashSet<>();
            List<LabelledText> test = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (fold[i] == f) {
                    heldOut.add(docs.get(i).text());
                    test.add(docs.get(i));
                    positions.add(i);
                }
            }
            DefaultHarmScorer scorer = new DefaultHarmScorer(lexicon, DebunkedClaims.load(),
                    HarmTraining.fitAbusive(HarmTraining.without(abusive, heldOut), lexicon),
                    HarmTraining.fit(HarmTraining.without(misinformation, heldOut), lexicon, HarmTraining.SIGMA));
            double[] foldScores = scoreAll(test, scorer, options.task(), progress);
            for (int j = 0; j < foldScores.length; j++) {
                scores[positions.get(j)] = foldScores[j];
            }
            out.printf(Locale.ROOT, "fold %d/%d: %d held out%n", f + 1, k, test.size());
        }
        return scores;
    }

    /** What to evaluate. */
    record Options(Path input, String textField, String labelField, String positive, HarmTask task, int folds,
                   Path data, Path scoresFile) {
    }

    /** {@code --task}: a task name, case-insensitive. */
    static final class TaskConverter implements CommandLine.ITypeConverter<HarmTask> {
        @Override
        public HarmTask convert(String value) {
            try {
                return HarmTask.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown task " + value);
            }
        }
    }
}
