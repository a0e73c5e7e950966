package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import org.bellwether.api.triage.TriageSettings;
import org.bellwether.model.Severity;

/** {@code triage:} response-time target per severity and how often overdue cases are escalated. */
public class TriageConfiguration {
    @NotNull
    @JsonProperty
    private Map<Severity, Duration> targets = new EnumMap<>(Map.of(
            Severity.CRITICAL, Duration.hours(1),
            Severity.HIGH, Duration.hours(4),
            Severity.MEDIUM, Duration.hours(24),
            Severity.LOW, Duration.hours(72)));

    @NotNull
    @JsonProperty
    private Duration escalationCheck = Duration.minutes(1);

    public TriageSettings build() {
        Map<Severity, java.time.Duration> built = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            Duration target = targets.get(severity);
            built.put(severity, target == null ? java.time.Duration.ofHours(24) : target.toJavaDuration());
        }
        return new TriageSettings(built, escalationCheck.toJavaDuration());
    }
}
