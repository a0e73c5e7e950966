package org.bellwether.api.matching;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The weight of each matching factor. A messenger's score is the weighted mean of the factor values, each in
 * [0, 1], so weights are relative. Factor names: {@link #FACTORS}.
 *
 * @param weights     weight by factor name
 * @param suggestions how many suggestions to return at most
 */
public record MatchingWeights(Map<String, Double> weights, int suggestions) {
    public static final String LANGUAGE = "language";
    public static final String NEIGHBOURHOOD = "neighbourhood";
    public static final String COMMUNITY = "community";
    public static final String TOPIC = "topic";
    public static final String CHANNEL = "channel";
    public static final String LOAD = "load";
    public static final String AVAILABILITY = "availability";
    public static final String OUTCOMES = "outcomes";
    public static final Set<String> FACTORS =
            Set.of(LANGUAGE, NEIGHBOURHOOD, COMMUNITY, TOPIC, CHANNEL, LOAD, AVAILABILITY, OUTCOMES);

    public static final MatchingWeights DEFAULT = new MatchingWeights(Map.of(
            LANGUAGE, 3.0, NEIGHBOURHOOD, 2.0, COMMUNITY, 2.0, TOPIC, 1.0, CHANNEL, 1.0,
            LOAD, 1.0, AVAILABILITY, 0.5, OUTCOMES, 1.0), 10);

    public MatchingWeights {
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            if (!FACTORS.contains(entry.getKey())) {
                throw new IllegalArgumentException("unknown matching factor '" + entry.getKey() + "'; known: "
                        + FACTORS);
            }
            if (entry.getValue() == null || entry.getValue() < 0) {
                throw new IllegalArgumentException("weight of " + entry.getKey() + " must be 0 or more");
            }
        }
        weights = Map.copyOf(weights);
    }

    /** These weights with some overridden. */
    public MatchingWeights with(Map<String, Double> overrides, int suggestionCount) {
        Map<String, Double> merged = new LinkedHashMap<>(weights);
        merged.putAll(overrides);
        return new MatchingWeights(merged, suggestionCount);
    }

    public double weight(String factor) {
        return weights.getOrDefault(factor, 0.0);
    }
}
