package org.bellwether.api.triage;

import java.time.Duration;
import java.util.Map;
import org.bellwether.model.Severity;

/** Response-time target per severity (flag to decision) and the escalation check interval. */
public record TriageSettings(Map<Severity, Duration> targets, Duration escalationCheck) {
    public TriageSettings {
        targets = Map.copyOf(targets);
    }

    public Duration target(Severity severity) {
        return targets.getOrDefault(severity == null ? Severity.MEDIUM : severity, Duration.ofHours(24));
    }
}
