package org.bellwether.processor.harm;

import org.bellwether.model.Harm;

/**
 * Scores one normalised post on every harm category, with reasons. Implementations are thread-safe and cheap
 * enough for the hot path (expensive analysis is gated inside).
 */
public interface HarmScorer {

    /**
     * A post whose overall harm is at least this is a harm candidate: expensive enrichment (CoreNLP NER in
     * {@code org.bellwether.processor.nlp.DefaultEntityExtractor}) runs only for candidates.
     */
    double CANDIDATE_THRESHOLD = 0.3;

    /** True when expensive enrichment should run for a post with this assessment. */
    static boolean isCandidate(Harm harm) {
        return harm != null && harm.overall() >= CANDIDATE_THRESHOLD;
    }

    /**
     * @param text Unicode-NFKC normalised post text, untrusted
     * @param lang ISO 639-1 language, or {@code und}
     * @return per-category scores in [0, 1] with reasons; {@link Harm#NONE} when nothing scores
     */
    Harm score(String text, String lang);
}
