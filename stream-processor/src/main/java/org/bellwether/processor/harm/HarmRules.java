package org.bellwether.processor.harm;

import java.util.List;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.processor.harm.judge.Judgement;

/**
 * How evidence becomes a score per category. Hate and counter-speech come from the structured {@link Judgement}:
 * hate is a protected group as target and a hostile act in an asserted stance, counter-speech a countered one;
 * profanity and abuse at individuals are only {@link HarmCategory#OFFENSIVE}. The other categories combine lexicon
 * cues, models and link signals by noisy-or. Not shared: one instance per post.
 */
final class HarmRules {

    /**
     * Below this abusive-model probability the model adds nothing to offensive, threat and anti-institution scores,
     * per language: German 0.1 (GermEval 2018 cross-validation), English 0.9 (5-fold cross-validation on Davidson
     * 2017 dev, abusive against neither, among the floors at which a text without evidence, such as a lone "x",
     * scores no offensive: the English model learns from keyword-sampled sets that are 80-90 % abusive and rates
     * such a text 0.8), 0.5 elsewhere (not tuned). docs/DATA.md says which data chose each.
     */
    private static final java.util.Map<String, Double> MODEL_FLOORS = java.util.Map.of("de", 0.1, "en", 0.9);
    private static final double DEFAULT_MODEL_FLOOR = 0.5;
    /** Scores below this are not reported at all. */
    static final double REPORT_FLOOR = 0.05;
    private static final HarmCategory[] HATE = {HarmCategory.HATE_ORIGIN, HarmCategory.HATE_RELIGION,
            HarmCategory.HATE_MIGRANTS, HarmCategory.HATE_GENDER, HarmCategory.HATE_SEXUALITY,
            HarmCategory.HATE_DISABILITY};

    private final CueEvidence cues;
    private final double abusive;
    private final double misinformation;
    private final UrlSignals.Signal url;
    private final DebunkedClaims.Match debunked;
    private final double hostility;
    /** The strongest slur cue of any group. */
    private final double anySlur;
    private final double languageConfidence;
    private final double modelFloor;
    private final Judgement judgement;

    HarmRules(CueEvidence cues, double abusive, double misinformation, UrlSignals.Signal url,
              DebunkedClaims.Match debunked, String lang, Judgement judgement) {
        this.cues = cues;
        this.judgement = judgement;
        this.abusive = abusive;
        this.misinformation = misinformation;
        this.url = url;
        this.debunked = debunked;
        this.languageConfidence = HarmLexicon.isCore(lang) ? 1.0 : 0.8;
        this.modelFloor = MODEL_FLOORS.getOrDefault(lang, DEFAULT_MODEL_FLOOR);
        double slur = 0;
        for (HarmCategory group : HATE) {
            slur = Math.max(slur, cues.slur(group));
        }
        this.anySlur = slur;
        this.hostility = noisyOr(modelHostility(abusive), cues.max(CueKind.DEHUMANISING),
                cues.max(CueKind.EXCLUSION), cues.max(CueKind.THREAT), cues.max(CueKind.INSULT),
                cues.max(CueKind.PROFANITY), anySlur);
    }

    /** The abusive model's probability mapped to hostility: below the language's floor it says nothing. */
    private double modelHostility(double p) {
        return Math.max(0.0, (p - modelFloor) / (1 - modelFloor));
    }

    double score(HarmCategory category, List<String> reasons) {
        return switch (category) {
            case HATE_ORIGIN, HATE_RELIGION, HATE_MIGRANTS, HATE_GENDER, HATE_SEXUALITY, HATE_DISABILITY ->
                    judgement.hate(category, reasons);
            case COUNTER_SPEECH -> judgement.counterSpeech(reasons);
            case THREAT -> threat(reasons);
            case ANTI_INSTITUTION -> antiInstitution(reasons);
            case MISINFORMATION -> misinformation(reasons);
            case OFFENSIVE -> offensive(reasons);
        };
    }

    private double threat(List<String> reasons) {
        double threat = cues.max(CueKind.THREAT);
        if (threat == 0) {
            return 0;
        }
        double aimed = Math.max(Math.max(cues.anyHateTarget(), cues.target(HarmCategory.ANTI_INSTITUTION)),
                modelHostility(abusive));
        cues.reason(CueKind.THREAT, reasons);
        if (modelHostility(abusive) > 0) {
            reasons.add(DefaultHarmScorer.modelReason("abusive", abusive));
        }
        return threat * (0.6 + 0.4 * aimed) * languageConfidence;
    }

    /**
     * Hostility at a named institution: the institution's cue times the noisy-or of institution-specific hostility
     * ("corrupt", "rigged") and the post's general hostility (hostile acts, insults, profanity, slurs, the abusive
     * model above its language's floor), every part at its own cue weight. No labelled set of hostility at
     * institutions may choose weights here (docs/DATA.md), so none is fitted: the parts count at full weight.
     */
    private double antiInstitution(List<String> reasons) {
        double institution = cues.target(HarmCategory.ANTI_INSTITUTION);
        if (institution == 0) {
            return 0;
        }
        double score = institution * noisyOr(cues.max(CueKind.INSTITUTION_HOSTILITY), hostility);
        if (score > 0) {
            cues.targetReason(HarmCategory.ANTI_INSTITUTION, reasons);
            cues.reason(CueKind.INSTITUTION_HOSTILITY, reasons);
            hostilityReasons(reasons);
        }
        return score * languageConfidence;
    }

    private double misinformation(List<String> reasons) {
        double claimed = debunked == null ? 0 : debunked.weight();
        double gate = cues.max(CueKind.CLAIM) > 0 || claimed > 0 ? 1.0 : 0.3;
        double model = Double.isNaN(misinformation) ? 0 : 0.9 * gate * Math.max(0, (misinformation - 0.5) / 0.5);
        double link = url == null ? 0 : url.weight();
        double claim = 0.4 * cues.max(CueKind.CLAIM);
        double score = noisyOr(model, claimed, link, claim);
        if (claimed > 0) {
            reasons.add(HarmScore.DEBUNKED + debunked.id());
        }
        if (link > 0) {
            reasons.add(url.reason());
        }
        if (model > 0) {
            reasons.add(DefaultHarmScorer.modelReason("misinformation", misinformation));
        }
        cues.reason(CueKind.CLAIM, reasons);
        return score;
    }

    private double offensive(List<String> reasons) {
        double model = modelHostility(abusive);
        double score = noisyOr(cues.max(CueKind.PROFANITY), 0.8 * cues.max(CueKind.INSULT), anySlur, model);
        cues.reason(CueKind.PROFANITY, reasons);
        cues.reason(CueKind.INSULT, reasons);
        if (model > 0) {
            reasons.add(DefaultHarmScorer.modelReason("abusive", abusive));
        }
        List<String> abuseReasons = new java.util.ArrayList<>(2);
        double abuse = judgement.abuse(abuseReasons);
        if (abuse > score) {
            reasons.addAll(abuseReasons);
            return abuse;
        }
        return score;
    }

    private void hostilityReasons(List<String> reasons) {
        cues.reason(CueKind.DEHUMANISING, reasons);
        cues.reason(CueKind.EXCLUSION, reasons);
        cues.reason(CueKind.THREAT, reasons);
        cues.reason(CueKind.INSULT, reasons);
        cues.reason(CueKind.PROFANITY, reasons);
        if (modelHostility(abusive) > 0) {
            reasons.add(DefaultHarmScorer.modelReason("abusive", abusive));
        }
    }

    static double noisyOr(double... values) {
        double none = 1.0;
        for (double v : values) {
            none *= 1.0 - Math.min(1.0, Math.max(0.0, v));
        }
        return 1.0 - none;
    }
}
