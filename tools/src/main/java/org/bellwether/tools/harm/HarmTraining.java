package org.bellwether.tools.harm;

import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.bellwether.processor.harm.AbusiveModels;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.bellwether.processor.harm.HarmLexicon;
import org.bellwether.processor.harm.HashedFeatures;
import org.bellwether.processor.harm.LinearModel;
import org.bellwether.processor.harm.PostAnalysis;

/**
 * The training recipe shared by {@link HarmTrain} (which ships its output) and {@link HarmEval}'s cross-validation
 * (which retrains without the held-out fold): which permissively licensed files feed which model, and how a
 * model is fitted (Stanford CoreNLP's {@link LinearClassifierFactory}: L2-regularised logistic regression by
 * quasi-Newton, deterministic for a given input order).
 */
final class HarmTraining {

    /** Gaussian prior sigma of the logistic models (chosen by 5-fold cross-validation on GermEval train). */
    static final double SIGMA = 0.2;
    /** Smoothing of the naive-Bayes log-count ratios that scale each feature (NBSVM, Wang and Manning 2012). */
    static final double NB_ALPHA = 0.5;
    /** Languages with their own abusive model; every other language uses the multilingual one. */
    static final List<String> ABUSIVE_LANGUAGES = DefaultHarmScorer.ABUSIVE_LANGUAGES;
    /** A hashed feature must occur in at least this many training documents. */
    static final int MIN_DOCUMENTS = 2;
    private static final Integer BIAS = -1;

    private HarmTraining() {
    }

    /**
     * Training documents for the {@code abusive} models: MLMA toxic (en, fr, ar), Davidson 2017 dev (hate and offensive
     * against neither), GermEval coarse, Constraint (as non-abusive text).
     */
    static List<LabelledText> abusiveDocuments(Path data) throws IOException {
        List<LabelledText> docs = new ArrayList<>();
        for (String lang : List.of("en", "fr", "ar")) {
            docs.addAll(LabelledCorpus.read(data.resolve("harm/mlma_" + lang + "_dev.jsonl"), "text", "toxic", "1"));
        }
        docs.addAll(LabelledCorpus.read(data.resolve("harm/davidson2017-dev.jsonl"), "text",
                node -> !"2".equals(node.path("label").asText()), "label"));
        docs.addAll(LabelledCorpus.read(data.resolve("harm/germeval2018-train.jsonl"), "text", "coarse", "OFFENSE"));
        for (LabelledText doc : LabelledCorpus.read(data.resolve("harm/constraint2021-train.jsonl"), "text", "label",
                "1")) {
            docs.add(new LabelledText(doc.id(), doc.text(), doc.lang(), false));
        }
        return docs;
    }

    /** The documents of one language (Arabic-script MLMA rows are all {@code ar}). */
    static List<LabelledText> language(List<LabelledText> docs, String lang) {
        return docs.stream().filter(doc -> lang.equals(PostAnalysis.normaliseLang(doc.lang()))).toList();
    }

    /** Fits the multilingual abusive model and one per language in {@link #ABUSIVE_LANGUAGES}. */
    static AbusiveModels fitAbusive(List<LabelledText> docs, HarmLexicon lexicon) {
        java.util.Map<String, LinearModel> byLanguage = new java.util.TreeMap<>();
        for (String lang : ABUSIVE_LANGUAGES) {
            byLanguage.put(lang, fit(language(docs, lang), lexicon, SIGMA));
        }
        return new AbusiveModels(byLanguage, fit(docs, lexicon, SIGMA));
    }

    /** Training documents for the {@code misinformation} model: Constraint 2021 train (fake = positive). */
    static List<LabelledText> misinformationDocuments(Path data) throws IOException {
        return LabelledCorpus.read(data.resolve("harm/constraint2021-train.jsonl"), "text", "label", "1");
    }

    /** Drops every document whose text is in {@code heldOut} (for cross-validation). */
    static List<LabelledText> without(List<LabelledText> docs, Set<String> heldOut) {
        Predicate<LabelledText> keep = doc -> !heldOut.contains(doc.text());
        return docs.stream().filter(keep).toList();
    }

    /**
     * Fits a binary logistic model on the hashed features of {@code docs}. Each present feature is scaled by its
     * naive-Bayes log-count ratio |log((p_f/|p|) / (q_f/|q|))| (NBSVM); the ratio is folded into the exported weight,
     * so scoring stays a plain sum of weights over binary features.
     */
    static LinearModel fit(List<LabelledText> docs, HarmLexicon lexicon, double sigma) {
        List<int[]> features = new ArrayList<>(docs.size());
        int[] documentFrequency = new int[HashedFeatures.DIMENSION];
        int[] lastSeen = new int[HashedFeatures.DIMENSION];
        for (int d = 0; d < docs.size(); d++) {
            LabelledText doc = docs.get(d);
            int[] f = HashedFeatures.extract(PostAnalysis.of(doc.text(), doc.lang(), lexicon));
            features.add(f);
            for (int bucket : f) {
                if (lastSeen[bucket] != d + 1) {
                    lastSeen[bucket] = d + 1;
                    documentFrequency[bucket]++;
                }
            }
        }
        double[] ratio = naiveBayesRatios(docs, features, documentFrequency);
        RVFDataset<String, Integer> dataset = new RVFDataset<>(docs.size());
        for (int d = 0; d < docs.size(); d++) {
            ClassicCounter<Integer> counts = new ClassicCounter<>();
            for (int bucket : features.get(d)) {
                if (documentFrequency[bucket] >= MIN_DOCUMENTS) {
                    counts.incrementCount(bucket, ratio[bucket]);
                }
            }
            counts.setCount(BIAS, 1.0);
            dataset.add(new RVFDatum<>(counts, docs.get(d).label() ? "1" : "0"));
        }
        LinearClassifierFactory<String, Integer> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.useQuasiNewton();
        factory.setVerbose(false);
        double[][] weights = factory.trainWeights(dataset);
        Index<Integer> featureIndex = dataset.featureIndex();
        int positive = dataset.labelIndex().indexOf("1");
        int negative = dataset.labelIndex().indexOf("0");
        double[] dense = new double[HashedFeatures.DIMENSION];
        double bias = 0;
        for (int j = 0; j < featureIndex.size(); j++) {
            double w = weights[j][positive] - weights[j][negative];
            Integer feature = featureIndex.get(j);
            if (feature.equals(BIAS)) {
                bias = w;
            } else {
                dense[feature] = w * ratio[feature];
            }
        }
        return LinearModel.quantised(dense, bias);
    }

    private static double[] naiveBayesRatios(List<LabelledText> docs, List<int[]> features, int[] documentFrequency) {
        double[] positive = new double[HashedFeatures.DIMENSION];
        double[] negative = new double[HashedFeatures.DIMENSION];
        double positiveSum = 0;
        double negativeSum = 0;
        for (int d = 0; d < docs.size(); d++) {
            for (int bucket : features.get(d)) {
                if (documentFrequency[bucket] < MIN_DOCUMENTS) {
                    continue;
                }
                if (docs.get(d).label()) {
                    positive[bucket]++;
                    positiveSum++;
                } else {
                    negative[bucket]++;
                    negativeSum++;
                }
            }
        }
        int used = 0;
        for (int b = 0; b < positive.length; b++) {
            if (positive[b] + negative[b] > 0) {
                used++;
            }
        }
        double[] ratio = new double[HashedFeatures.DIMENSION];
        for (int b = 0; b < ratio.length; b++) {
            double p = (positive[b] + NB_ALPHA) / (positiveSum + NB_ALPHA * used);
            double q = (negative[b] + NB_ALPHA) / (negativeSum + NB_ALPHA * used);
            ratio[b] = Math.abs(Math.log(p / q));
        }
        return ratio;
    }
}
