package org.bellwether.processor.flag;

import java.time.Duration;
import java.util.List;
import org.bellwether.model.Severity;

/**
 * How narratives are measured, ranked and flagged, and how often their snapshots are published.
 *
 * @param rules                the alert rules, checked in order; the first that matches fires
 * @param coolDown             after an alert, a narrative does not alert again for this long (event time), unless
 *                             to escalate to a higher severity
 * @param relatedWindow        rules that group related narratives stay silent for a narrative that shares a
 *                             signature word with one alerted within this window and still alive
 * @param incidentWindow       ... and for any narrative emerging within this window after an alerted one that is
 *                             still alive: narratives that surface together are one incident for an officer
 * @param snapshotInterval     at most one snapshot per narrative per interval of event time; changes in between are
 *                             published by the next snapshot or by the periodic flush (a final state always goes out)
 * @param harmfulPostThreshold a post counts as harmful for the narrative's harm share from this overall score
 * @param weights              priority weights
 */
public record FlaggingSettings(List<AlertRule> rules, Duration coolDown, Duration relatedWindow,
                               Duration incidentWindow, Duration snapshotInterval, double harmfulPostThreshold,
                               PriorityWeights weights) {

    public FlaggingSettings {
        rules = List.copyOf(rules);
        for (int i = 1; i < rules.size(); i++) {
            if (rules.get(i).severity().compareTo(rules.get(i - 1).severity()) < 0) {
                throw new IllegalArgumentException("rules must be ordered from the most to the least severe");
            }
        }
    }

    public static FlaggingSettings defaults() {
        return new FlaggingSettings(defaultRules(), Duration.ofHours(48), Duration.ofDays(7), Duration.ofHours(3),
                Duration.ofSeconds(30), 0.5, PriorityWeights.DEFAULT);
    }

    /**
     * The shipped rules: a harmful narrative that bursts (critical), a harmful narrative that spreads among several
     * authors (high), and any narrative under a week old that bursts (3 standard deviations above the baselines)
     * and already holds 12% of the stream's last 24 hours (medium: worth a look before anyone knows whether it is
     * harmful; grouped with related and co-emerging narratives; once per narrative: a narrative emerges once, and a
     * week is as far back as its hourly volume reaches).
     */
    public static List<AlertRule> defaultRules() {
        return List.of(
                new AlertRule("harmful-narrative-bursting", Severity.CRITICAL, 10, 3, 3.0, 0.5, 0, 0, null, false,
                        false),
                new AlertRule("harmful-narrative-spreading", Severity.HIGH, 5, 3, 0, 0.5, 0, 0, null, false,
                        false),
                new AlertRule("emerging-narrative", Severity.MEDIUM, 5, 0, 3.0, 0, 0, 0.12, Duration.ofDays(7), true,
                        true));
    }

    public FlaggingSettings withRules(List<AlertRule> rules) {
        return new FlaggingSettings(rules, coolDown, relatedWindow, incidentWindow, snapshotInterval,
                harmfulPostThreshold, weights);
    }
}
