package org.bellwether.processor.harm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.processor.harm.fold.FoldingVocabulary;
import org.bellwether.processor.harm.fold.ObfuscationFolder;
import org.bellwether.processor.harm.judge.Judge;
import org.bellwether.processor.harm.judge.Judgement;
import org.bellwether.processor.harm.judge.JudgementLexicon;
import org.bellwether.processor.nlp.PostTokenizer;

/**
 * The shipped harm scorer. Obfuscated spellings are folded first ({@link ObfuscationFolder}); hate and
 * counter-speech come from the structured {@link Judge} (target, act, stance per language); the rest from lexicon
 * cues per language (targets, slurs, dehumanising, exclusion, threat, insult,
 * institution, claim, counter-speech), hashed n-gram logistic models ({@code abusive} per language: MLMA, Davidson 2017,
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
    private final Judge judge;
    /** Obfuscation folding per language, towards that language's cue words; English for other languages. */
    private final Map<String, ObfuscationFolder> folders = new HashMap<>();

    /** A scorer with the shipped judgement lexicons and obfuscation folding. */
    public DefaultHarmScorer(HarmLexicon lexicon, DebunkedClaims claims, AbusiveModels abusive,
                             LinearModel misinformation) {
        this(lexicon, claims, abusive, misinformation, Judge.load());
    }

    public DefaultHarmScorer(HarmLexicon lexicon, DebunkedClaims claims, AbusiveModels abusive,
                             LinearModel misinformation, Judge judge) {
        this.lexicon = lexicon;
        this.claims = claims;
        this.abusive = abusive;
        this.misinformation = misinformation;
        this.judge = judge;
        for (String language : JudgementLexicon.LANGUAGES) {
            FoldingVocabulary.Builder vocabulary = new FoldingVocabulary.Builder();
            judge.addVocabulary(language, vocabulary);
            folders.put(language, new ObfuscationFolder(vocabulary.build()));
        }
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
        ObfuscationFolder folder = folders.getOrDefault(PostAnalysis.normaliseLang(lang), folders.get("en"));
        String folded = folder.fold(truncate(text));
        PostAnalysis post = PostAnalysis.of(folded, lang, lexicon);
        if (post.tokens().isEmpty()) {
            return Harm.NONE;
        }
        Judgement judgement = judge.judge(folded, post.tokens(), post.lang());
        int[] features = HashedFeatures.extract(post);
        double abusiveP = abusive.forLanguage(post.lang()).probability(features);
        double misinformationP = "en".equals(post.lang()) ? misinformation.probability(features) : Double.NaN;
        HarmRules rules = new HarmRules(new CueEvidence(withoutLoneLetters(post.hits())), abusiveP, misinformationP,
                UrlSignals.strongest(post.tokens()), claims.strongest(post.tokens()), post.lang(), judgement);
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

    /**
     * A cue of one Latin letter ({@code x}, which LDNOOBW's {@code xxx} folds to) is no evidence: "x" is not
     * profanity. The models keep it among their features, as they were trained.
     */
    static List<CueHit> withoutLoneLetters(List<CueHit> hits) {
        List<CueHit> kept = new ArrayList<>(hits.size());
        for (CueHit hit : hits) {
            String phrase = hit.cue().phrase();
            if (!(phrase.length() == 1 && phrase.charAt(0) >= 'a' && phrase.charAt(0) <= 'z')) {
                kept.add(hit);
            }
        }
        return kept;
    }

    /** Only what the tokenizer reads is folded, which bounds the cost of hostile input. */
    private static String truncate(String text) {
        if (text == null || text.length() <= PostTokenizer.MAX_CHARS) {
            return text == null ? "" : text;
        }
        int cut = PostTokenizer.MAX_CHARS;
        return text.substring(0, Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut);
    }

    /** Model feature reason, e.g. {@code model:abusive=0.82}. */
    static String modelReason(String model, double p) {
        return String.format(Locale.ROOT, "model:%s=%.2f", model, p);
    }

    private static double round(double score) {
        return Math.min(1.0, Math.max(0.0, Math.round(score * 1000) / 1000.0));
    }
}
