package org.bellwether.tools.harm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.util.Index;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bellwether.model.Harm;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.bellwether.processor.harm.HarmScorer;
import org.bellwether.processor.harm.HarmTask;
import org.bellwether.processor.harm.judge.Judge;
import org.bellwether.processor.nlp.PostTokenizer;
import org.bellwether.tools.harm.functional.FunctionalCase;
import org.bellwether.tools.harm.functional.FunctionalSuite;

/**
 * Measures one option for the learned part of hate scoring, and ships nothing: an English sentence encoder
 * (all-MiniLM-L6-v2, quantised ONNX, run in-process by langchain4j) whose embedding, with the shipped scorer's hate
 * and offensive scores, feeds an L2-regularised logistic model, applied only to candidates (a post with a hostile
 * act cue, or any harm score of at least {@link HarmScorer#CANDIDATE_THRESHOLD}). The model is trained only on licensed
 * data (Davidson 2017 dev, MIT; optionally MLMA en {@code hateful}, MIT) and its threshold is chosen on Davidson's
 * out-of-fold scores; TweetEval-hate val (measure only) and the English functional suite (test only) measure.
 * Prints every figure with the shipped scorer's beside it, and the encoder's cost per candidate post. Not a unit
 * test; the command is in docs/FIGURES.md ("A sentence encoder for hate, measured").
 *
 * <p>Arguments: the shared data folder, the functional suite's cases file, a cache folder for embeddings.
 */
public final class EncoderProbe {

    private static final int FOLDS = 5;
    private static final double SIGMA = 1.0;
    private static final Integer BIAS = -1;
    /** all-MiniLM-L6-v2 embeds into 384 dimensions; a blank post gets the zero vector. */
    private static final int DIMENSION = 384;

    private record Doc(String text, boolean label) {
    }

    /** One scored set: gold labels, the shipped scorer's hate and offensive scores, candidacy and embeddings. */
    private record Scored(String name, boolean[] gold, double[] hate, double[] offensive, boolean[] candidate,
                          float[][] embedding) {
        int size() {
            return gold.length;
        }
    }

    private EncoderProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path cases = Path.of(args[1]);
        Path cache = Path.of(args[2]);
        Files.createDirectories(cache);
        PrintStream out = System.out;
        DefaultHarmScorer scorer = DefaultHarmScorer.load();
        Judge judge = Judge.load();
        EmbeddingModel encoder = new AllMiniLmL6V2QuantizedEmbeddingModel();

        List<Doc> davidson = docs(LabelledCorpus.read(data.resolve("harm/davidson2017-dev.jsonl"), "text", "label",
                "0"));
        List<Doc> mlma = docs(LabelledCorpus.read(data.resolve("harm/mlma_en_dev.jsonl"), "text",
                node -> node.get("hostility").toString().contains("\"hateful\""), "hostility"));
        List<Doc> tweeteval = docs(LabelledCorpus.read(data.resolve("harm/tweeteval-hate_val.jsonl"), "text", "label",
                "1"));
        List<Doc> suite = new ArrayList<>();
        for (FunctionalCase c : FunctionalSuite.read(cases)) {
            if ("en".equals(c.lang())) {
                suite.add(new Doc(c.text(), c.hateful()));
            }
        }
        Scored dav = score("davidson2017-dev", davidson, scorer, judge, encoder, cache, out);
        Scored mlm = score("mlma-en-hateful", mlma, scorer, judge, encoder, cache, out);
        Scored twe = score("tweeteval-hate-val", tweeteval, scorer, judge, encoder, cache, out);
        Scored fun = score("functional-en", suite, scorer, judge, encoder, cache, out);

        double t = HarmTask.HATE.threshold();
        out.printf(Locale.ROOT, "%nshipped scorer at %.2f: davidson %.4f  tweeteval-val %.4f  functional-en %.4f"
                        + "  mlma-en-hateful %.4f%n", t, macro(dav, dav.hate(), t), macro(twe, twe.hate(), t),
                macro(fun, fun.hate(), t), macro(mlm, mlm.hate(), t));
        for (boolean withMlma : new boolean[] {false, true}) {
            for (boolean max : new boolean[] {false, true}) {
                variant(dav, mlm, twe, fun, withMlma, max, out);
            }
        }
        cost(tweeteval, scorer, judge, encoder, out);
    }

    private static List<Doc> docs(List<LabelledText> texts) {
        return texts.stream().map(t -> new Doc(t.text(), t.label())).toList();
    }

    /** Trains on Davidson (and MLMA), chooses the threshold on Davidson's out-of-fold scores, measures the rest. */
    private static void variant(Scored dav, Scored mlm, Scored twe, Scored fun, boolean withMlma, boolean max,
                                PrintStream out) {
        double[] oof = new double[dav.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            final int f = fold;
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < dav.size(); i++) {
                if (i % FOLDS != f && dav.candidate()[i]) {
                    train.add(i);
                }
            }
            double[][] model = train(dav, train, withMlma ? mlm : null);
            for (int i = f; i < dav.size(); i += FOLDS) {
                oof[i] = combined(dav, i, model, max);
            }
        }
        double best = 0.5;
        double bestF1 = -1;
        for (int step = 5; step <= 95; step++) {
            double threshold = step / 100.0;
            double f1 = macro(dav, oof, threshold);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = threshold;
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < dav.size(); i++) {
            if (dav.candidate()[i]) {
                all.add(i);
            }
        }
        double[][] model = train(dav, all, withMlma ? mlm : null);
        String name = (withMlma ? "davidson+mlma" : "davidson") + (max ? ", max(rule, model)" : ", model");
        out.printf(Locale.ROOT, "%-34s threshold %.2f  davidson OOF %.4f  tweeteval-val %.4f (P %.3f R %.3f)"
                        + "  functional-en %.4f%n", name, best, bestF1, macro(twe, apply(twe, model, max), best),
                BinaryMetrics.of(twe.gold(), apply(twe, model, max), best).precision(),
                BinaryMetrics.of(twe.gold(), apply(twe, model, max), best).recall(),
                macro(fun, apply(fun, model, max), best));
    }

    private static double[] apply(Scored set, double[][] model, boolean max) {
        double[] scores = new double[set.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = combined(set, i, model, max);
        }
        return scores;
    }

    /** A candidate's score is the model's probability (or the larger of it and the rule score); others keep theirs. */
    private static double combined(Scored set, int i, double[][] model, boolean max) {
        if (!set.candidate()[i]) {
            return set.hate()[i];
        }
        double[] x = features(set, i);
        double logit = model[1][0];
        for (int j = 0; j < x.length; j++) {
            logit += model[0][j] * x[j];
        }
        double p = 1 / (1 + Math.exp(-logit));
        return max ? Math.max(p, set.hate()[i]) : p;
    }

    private static double[] features(Scored set, int i) {
        float[] e = set.embedding()[i];
        double[] x = new double[e.length + 2];
        for (int j = 0; j < e.length; j++) {
            x[j] = e[j];
        }
        x[e.length] = set.hate()[i];
        x[e.length + 1] = set.offensive()[i];
        return x;
    }

    /** Logistic regression over the dense features; returns {weights, {bias}}. */
    private static double[][] train(Scored set, List<Integer> rows, Scored extra) {
        RVFDataset<String, Integer> dataset = new RVFDataset<>();
        for (int i : rows) {
            dataset.add(datum(set, i));
        }
        if (extra != null) {
            for (int i = 0; i < extra.size(); i++) {
                if (extra.candidate()[i]) {
                    dataset.add(datum(extra, i));
                }
            }
        }
        LinearClassifierFactory<String, Integer> factory = new LinearClassifierFactory<>();
        factory.setSigma(SIGMA);
        factory.useQuasiNewton();
        factory.setVerbose(false);
        double[][] weights = factory.trainWeights(dataset);
        Index<Integer> index = dataset.featureIndex();
        int positive = dataset.labelIndex().indexOf("1");
        int negative = dataset.labelIndex().indexOf("0");
        int dimension = set.embedding()[0].length + 2;
        double[] w = new double[dimension];
        double bias = 0;
        for (int j = 0; j < index.size(); j++) {
            double value = weights[j][positive] - weights[j][negative];
            if (index.get(j).equals(BIAS)) {
                bias = value;
            } else {
                w[index.get(j)] = value;
            }
        }
        return new double[][] {w, {bias}};
    }

    private static RVFDatum<String, Integer> datum(Scored set, int i) {
        ClassicCounter<Integer> counts = new ClassicCounter<>();
        double[] x = features(set, i);
        for (int j = 0; j < x.length; j++) {
            counts.setCount(j, x[j]);
        }
        counts.setCount(BIAS, 1.0);
        return new RVFDatum<>(counts, set.gold()[i] ? "1" : "0");
    }

    private static double macro(Scored set, double[] scores, double threshold) {
        return BinaryMetrics.of(set.gold(), scores, threshold).macroF1();
    }

    private static boolean candidate(Harm harm, String text, Judge judge) {
        return harm.overall() >= HarmScorer.CANDIDATE_THRESHOLD
                || !judge.judge(text, PostTokenizer.tokenize(text), "en").findings().isEmpty();
    }

    private static Scored score(String name, List<Doc> docs, DefaultHarmScorer scorer, Judge judge,
                                EmbeddingModel encoder, Path cache, PrintStream out) throws IOException {
        int n = docs.size();
        boolean[] gold = new boolean[n];
        double[] hate = new double[n];
        double[] offensive = new double[n];
        boolean[] candidate = new boolean[n];
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            Doc doc = docs.get(i);
            Harm harm = scorer.score(doc.text(), "en");
            gold[i] = doc.label();
            hate[i] = HarmTask.HATE.score(harm);
            offensive[i] = HarmTask.OFFENSIVE.score(harm);
            candidate[i] = candidate(harm, doc.text(), judge);
            candidates += candidate[i] ? 1 : 0;
        }
        Path file = cache.resolve(name + ".emb");
        float[][] embedding = new float[n][];
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                for (int i = 0; i < n; i++) {
                    embedding[i] = new float[in.readInt()];
                    for (int j = 0; j < embedding[i].length; j++) {
                        embedding[i][j] = in.readFloat();
                    }
                }
            }
        } else {
            try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(
                    Files.newOutputStream(file)))) {
                for (int i = 0; i < n; i++) {
                    String text = docs.get(i).text();
                    embedding[i] = text.isBlank() ? new float[DIMENSION] : encoder.embed(text).content().vector();
                    o.writeInt(embedding[i].length);
                    for (float v : embedding[i]) {
                        o.writeFloat(v);
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "%s: %d docs, %d positive, %d candidates (%.1f%%)%n", name, n,
                countTrue(gold), candidates, 100.0 * candidates / n);
        return new Scored(name, gold, hate, offensive, candidate, embedding);
    }

    private static int countTrue(boolean[] values) {
        int count = 0;
        for (boolean v : values) {
            count += v ? 1 : 0;
        }
        return count;
    }

    /**
     * The encoder's cost per candidate post, single thread, after a warm-up: p50, p99 and mean in µs, both as wall
     * time and as the thread's CPU time (which other load on the machine does not inflate).
     */
    private static void cost(List<Doc> docs, DefaultHarmScorer scorer, Judge judge, EmbeddingModel encoder,
                             PrintStream out) {
        List<String> texts = new ArrayList<>();
        for (Doc doc : docs) {
            if (!doc.text().isBlank() && candidate(scorer.score(doc.text(), "en"), doc.text(), judge)) {
                texts.add(doc.text());
            }
        }
        for (int i = 0; i < 500; i++) {
            encoder.embed(texts.get(i % texts.size()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[texts.size() * 3];
        long[] cpu = new long[wall.length];
        for (int i = 0; i < wall.length; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            encoder.embed(texts.get(i % texts.size()));
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        out.printf(Locale.ROOT, "encoder cost per candidate post (%d calls, 1 thread), wall: %s; thread CPU: %s%n",
                wall.length, percentiles(wall), percentiles(cpu));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.0f µs, p99 %.0f µs, mean %.0f µs", sorted[sorted.length / 2] / 1e3,
                sorted[(int) (sorted.length * 0.99)] / 1e3, Arrays.stream(sorted).average().orElse(0) / 1e3);
    }
}
