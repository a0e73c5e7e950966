package org.bellwether.api.narratives;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bellwether.model.VolumeBucket;

/**
 * Compares a narrative's hourly volume in equal windows before and after its first response. The window is the
 * longest whole number of hours, at most {@code maxWindow}, that the series covers on both sides. Pure.
 */
public final class ImpactCalculator {
    private final Duration maxWindow;

    public ImpactCalculator(Duration maxWindow) {
        this.maxWindow = maxWindow;
    }

    /**
     * @param series          hourly buckets, oldest first
     * @param firstResponseAt the first response
     * @param seriesEnd       the end of the observed period (the snapshot's time)
     * @return empty when not even one whole hour after the response has been observed
     */
    public Optional<ImpactObservation> observe(List<VolumeBucket> series, Instant firstResponseAt,
                                               Instant seriesEnd) {
        if (firstResponseAt == null || seriesEnd == null) {
            return Optional.empty();
        }
        Instant pivot = firstResponseAt.truncatedTo(ChronoUnit.HOURS);
        long hoursAfter = Duration.between(pivot, seriesEnd).toHours();
        long window = Math.min(maxWindow.toHours(), hoursAfter);
        if (window < 1) {
            return Optional.empty();
        }
        Instant beforeStart = pivot.minus(Duration.ofHours(window));
        Instant afterEnd = pivot.plus(Duration.ofHours(window));
        long before = 0;
        long after = 0;
        for (VolumeBucket bucket : series) {
            Instant start = bucket.start();
            if (!start.isBefore(beforeStart) && start.isBefore(pivot)) {
                before += bucket.posts();
            } else if (!start.isBefore(pivot) && start.isBefore(afterEnd)) {
                after += bucket.posts();
            }
        }
        double velocityBefore = (double) before / window;
        double velocityAfter = (double) after / window;
        Double change = before == 0 ? null : (velocityAfter - velocityBefore) / velocityBefore;
        return Optional.of(new ImpactObservation(firstResponseAt, window, before, after, velocityBefore,
                velocityAfter, change, ImpactObservation.LABEL));
    }
}
