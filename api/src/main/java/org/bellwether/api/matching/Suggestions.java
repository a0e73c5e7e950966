package org.bellwether.api.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ranked suggestions for a narrative, the weights used, and who was left out and why. */
public record Suggestions(String narrativeId, Map<String, Double> weights, List<Suggestion> suggestions,
                          List<Excluded> excluded) {

    /** A messenger not suggested. */
    public record Excluded(UUID messengerId, String pseudonym, List<String> reasons) {
    }
}
