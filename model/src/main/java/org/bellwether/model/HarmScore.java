package org.bellwether.model;

import java.util.List;

/**
 * The score of one harm category for one post, with the reasons that produced it.
 *
 * @param category the category
 * @param score    in [0, 1]
 * @param reasons  short, human-readable reasons (matched cue, model feature), never the full text
 */
public record HarmScore(HarmCategory category, double score, List<String> reasons) {
    /**
     * The reason that names a matched debunked claim: {@code debunked:<claim id>} (the ids of the processor's
     * {@code debunked.tsv}), on a post's misinformation score.
     */
    public static final String DEBUNKED = "debunked:";

    public HarmScore {
        if (category == null) {
            throw new IllegalArgumentException("category is required");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0,1]: " + score);
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
