package org.bellwether.model;

import java.time.Instant;
import java.util.Map;

/**
 * A narrative flagged by a rule (topic {@code alerts}, key {@link #narrativeId()}).
 *
 * @param schemaVersion message schema version
 * @param alertId       unique id of this alert
 * @param narrativeId   the narrative
 * @param label         the narrative's label at flag time
 * @param rule          name of the rule that fired
 * @param severity      severity, which sets the response-time target
 * @param priority      the narrative's priority at flag time, in [0, 1]
 * @param reason        why, in one readable sentence
 * @param metrics       the figures the rule looked at, by name
 * @param flaggedAt     event time of the flag
 */
public record Alert(
        int schemaVersion,
        String alertId,
        String narrativeId,
        String label,
        String rule,
        Severity severity,
        double priority,
        String reason,
        Map<String, Double> metrics,
        Instant flaggedAt) {

    public Alert {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }
}
