package org.bellwether.api.matching;

import java.util.List;
import java.util.UUID;

/**
 * A messenger suggested for a narrative: the score is the weighted mean of the factors, each explained.
 */
public record Suggestion(UUID messengerId, String displayName, String pseudonym, double score,
                         List<Factor> factors, int openAssignments, int capacity) {

    /** One factor: its value in [0, 1], its weight, its share of the score and why. */
    public record Factor(String name, double value, double weight, double contribution, String explanation) {
    }
}
