package org.bellwether.api.narratives;

import java.time.Instant;

/**
 * Velocity in equal windows before and after the first recorded response.
 *
 * @param firstResponseAt when the first response was recorded
 * @param windowHours     length of each window, in whole hours (the same before and after)
 * @param postsBefore     posts in the window before
 * @param postsAfter      posts in the window after
 * @param velocityBefore  posts per hour before
 * @param velocityAfter   posts per hour after
 * @param change          relative change, (after − before) / before; null when before is 0
 * @param label           always says that this is an observation and not a proof of effect
 */
public record ImpactObservation(Instant firstResponseAt, long windowHours, long postsBefore, long postsAfter,
                                double velocityBefore, double velocityAfter, Double change, String label) {
    public static final String LABEL = "Observation, not proof: velocity in equal windows before and after the "
            + "first response. Narratives also slow on their own, and other events may explain a change.";
}
