package org.bellwether.processor.harm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;

/**
 * The shipped harm scorer: lexicon cues per language (targets, slurs, dehumanising, exclusion, threat, insult,
 * institution, claim, counter-speech), hashed n-gram logistic models ({@code abusive} per language: MLMA,
 * GermEval 2018, Constraint 2021; {@code misinformation}: Constraint 2021, applied to English only), link signals and
 * known debunked-claim patterns, combined by the rules in {@link HarmRules}. About ten microseconds per post, no
 * CoreNLP on this path. Immutable, thread-safe.
 */
public final class DefaultHarmScorer implements HarmScorer {

    /** Languages with their own abusive model; every other language uses the multilingual one. */
    public static final java.util.List<String> ABUSIVE_LANGUAGES = java.util.List.of("en", "fr", "ar", "de");
    /** Resource paths of the shipped models, relative to this package (what {@code train harm} writes). */
    public static final String ABUSIVE_MODEL = "model/abusive.bwlm";
    public static final String ABUSIVE_LANGUAGE_MODEL = "model/abusive-%s.bwlm";
    public static final String MISINFORMATION_MODEL = "model/misinformation.bwlm";

    private final HarmLexicon lexicon;
    private final DebunkedClaims claims;
    private final AbusiveModels abusive;
    private final LinearModel misinformation;

    public DefaultHarmScorer(HarmLexicon lexicon, DebunkedClaims claims, AbusiveModels abusive,
                             LinearModel misinformation) {
        this.lexicon = lexicon;
        this.claims = claims;
        this.abusive = abusive;
        this.misinformation = misinformation;
    }

    /** Loads the shipped lexicons and models from the classpath (about a second; do it once per process). */
    public static DefaultHarmScorer load() {
        java.util.Map<String, LinearModel> byLanguage = new java.util.HashMap<>();
        for (String lang : ABUSIVE_LANGUAGES) {
            byLanguage.put(lang, model(String.format(ABUSIVE_LANGUAGE_MODEL, lang)));
        }
        return new DefaultHarmScorer(HarmLexicon.load(), DebunkedClaims.load(),
                new AbusiveModels(byLanguage, model(ABUSIVE_MODEL)), model(MISINFORMATION_MODEL));
    }

    static LinearModel model(String resource) {
        try (InputStream in = DefaultHarmScorer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: run `bellwether train harm`");
            }
            return LinearModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Override
    public Harm score(String text, String lang) {
        PostAnalysis post = PostAnalysis.of(text, lang, lexicon);
        if (post.tokens().isEmpty()) {
            return Harm.NONE;
        }
        int[] features = HashedFeatures.extract(post);
        double abusiveP = abusive.forLanguage(post.lang()).probability(features);
        double misinformationP = "en".equals(post.lang()) ? misinformation.probability(features) : Double.NaN;
        HarmRules rules = new HarmRules(new CueEvidence(post.hits()), abusiveP, misinformationP,
                UrlSignals.strongest(post.tokens()), claims.strongest(post.tokens()), post.lang());
        List<HarmScore> scores = new ArrayList<>(4);
        for (HarmCategory category : HarmCategory.values()) {
            List<String> reasons = new ArrayList<>(4);
            double score = rules.score(category, reasons);
            if (score >= HarmRules.REPORT_FLOOR) {
                scores.add(new HarmScore(category, round(score), reasons));
            }
        }
        return scores.isEmpty() ? Harm.NONE : Harm.of(scores);
    }

    /** Model feature reason, e.g. {@code model:abusive=0.82}. */
    static String modelReason(String model, double p) {
        return String.format(Locale.ROOT, "model:%s=%.2f", model, p);
    }

    private static double round(double score) {
        return Math.min(1.0, Math.max(0.0, Math.round(score * 1000) / 1000.0));
    }
}
