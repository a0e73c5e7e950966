package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.api.matching.MatchingWeights;

/** {@code matching:} the weight of each factor (missing factors keep their default) and list length. */
public class MatchingConfiguration {
    @NotNull
    @JsonProperty
    private Map<String, Double> weights = new LinkedHashMap<>();

    @Min(1)
    @Max(100)
    @JsonProperty
    private int suggestions = 10;

    public MatchingWeights build() {
        return MatchingWeights.DEFAULT.with(weights, suggestions);
    }
}
