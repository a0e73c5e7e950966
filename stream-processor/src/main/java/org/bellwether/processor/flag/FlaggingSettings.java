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
 *                             signature word with one alerted within this window
 * @param snapshotInterval     at most one snapshot per narrative per interval of event time; changes in between are
 *                             published by the next snapshot or by the periodic flush (a final state always goes out)
 * @param harmfulPostThreshold a post counts as harmful for the narrative's harm share from this overall score
 * @param weights              priority weights
 */
public record FlaggingSettings(List<AlertRule> rules, Duration coolDown, Duration relatedWindow,
                               Duration snapshotInterval, double harmfulPostThreshold, PriorityWeights weights) {

    public FlaggingSettings {
        rules = List.copyOf(rules);
        for (int i = 1; i < rules.size(); i++) {
            if (rules.get(i).severity().compareTo(rules.get(i - 1).severity()) < 0) {
                throw new IllegalArgumentException("rules must be ordered from the most to the least severe");
            }
        }
    }

    public static FlaggingSettings defaults() {
        return new FlaggingSettings(defaultRules(), Duration.ofHours(24), Duration.ofHours(24), Duration.ofSeconds(30),
                0.5, PriorityWeights.DEFAULT);
    }

    /**
     * The shipped rules: a harmful narrative that bursts (critical), a harmful narrative that spreads among several
     * authors (high), and any young narrative that suddenly takes a large share of the stream (medium: worth a
     * look before anyone knows whether it is harmful).
     */
    public static List<AlertRule> defaultRules() {
        return List.of(
                new AlertRule("harmful-narrative-bursting", Severity.CRITICAL, 10, 3, 3.0, 0.5, 0, 0, null, false),
                new AlertRule("harmful-narrative-spreading", Severity.HIGH, 5, 3, 0, 0.5, 0, 0, null, false),
                new AlertRule("emerging-narrative", Severity.MEDIUM, 10, 0, 2.0, 0, 0, 0.05, Duration.ofDays(2),
                        true));
    }

    public FlaggingSettings withRules(List<AlertRule> rules) {
        return new FlaggingSettings(rules, coolDown, relatedWindow, snapshotInterval, harmfulPostThreshold, weights);
    }
}
