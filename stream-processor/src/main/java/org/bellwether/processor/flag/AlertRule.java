package org.bellwether.processor.flag;

import java.time.Duration;
import org.bellwether.model.Severity;

/**
 * One configurable flag rule: it fires when every condition that is set holds (a condition set to 0, or a null
 * age, is not checked).
 *
 * @param name                 rule name, carried by the alert
 * @param severity             severity of its alerts
 * @param minPostsLastDay      posts in the last 24 hours
 * @param minAuthorsLastDay    distinct authors in the last 24 hours
 * @param minBurst             burst score (recent rate above the narrative's and the stream's baseline)
 * @param minHarm              the narrative's harm score
 * @param minPriority          the narrative's priority
 * @param minShareOfStream     share of all posts of the last 24 hours that belong to this narrative
 * @param maxAge               the narrative is at most this old (from its first post), or null for any age
 * @param groupRelated         true: the rule stays silent for a narrative related to one that was alerted within
 *                             the related window (same story told differently: an officer needs one alert, not
 *                             five); harm rules are usually not grouped
 * @param once                 true: the rule fires only for a narrative that has never alerted (a narrative emerges
 *                             once; its later bursts are the story the officer already follows)
 */
public record AlertRule(
        String name,
        Severity severity,
        long minPostsLastDay,
        long minAuthorsLastDay,
        double minBurst,
        double minHarm,
        double minPriority,
        double minShareOfStream,
        Duration maxAge,
        boolean groupRelated,
        boolean once) {

    public AlertRule {
        if (name == null || name.isBlank() || severity == null) {
            throw new IllegalArgumentException("a rule needs a name and a severity");
        }
    }

    /** True when every set condition holds for these figures. */
    public boolean matches(NarrativeFigures figures) {
        return figures.metrics().volumeLastDay() >= minPostsLastDay
                && figures.metrics().distinctAuthorsLastDay() >= minAuthorsLastDay
                && figures.metrics().burstScore() >= minBurst
                && figures.harm() >= minHarm
                && figures.priority() >= minPriority
                && figures.shareOfStream() >= minShareOfStream
                && (maxAge == null || figures.ageMillis() <= maxAge.toMillis());
    }
}
