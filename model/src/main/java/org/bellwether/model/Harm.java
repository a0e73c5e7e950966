package org.bellwether.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The harm assessment of a post.
 *
 * @param overall the highest score over the harm categories (offensive language excluded), in [0, 1]
 * @param scores  per-category scores above zero, highest first
 */
public record Harm(double overall, List<HarmScore> scores) {
    public static final Harm NONE = new Harm(0.0, List.of());

    public Harm {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /** Builds an assessment whose overall score is the highest harm-category score. */
    public static Harm of(List<HarmScore> scores) {
        List<HarmScore> sorted = scores.stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .toList();
        double overall = sorted.stream()
                .filter(s -> s.category().isHarm())
                .mapToDouble(HarmScore::score)
                .max()
                .orElse(0.0);
        return new Harm(overall, sorted);
    }

    /** The score of one category, if present. */
    public Optional<HarmScore> score(HarmCategory category) {
        return scores.stream().filter(s -> s.category() == category).findFirst();
    }

    /** The ids of the debunked claims the post matched (its {@link HarmScore#DEBUNKED} reasons), in order. */
    public List<String> debunkedClaims() {
        Set<String> claims = new LinkedHashSet<>();
        for (HarmScore score : scores) {
            for (String reason : score.reasons()) {
                if (reason.startsWith(HarmScore.DEBUNKED) && reason.length() > HarmScore.DEBUNKED.length()) {
                    claims.add(reason.substring(HarmScore.DEBUNKED.length()));
                }
            }
        }
        return List.copyOf(claims);
    }
}
