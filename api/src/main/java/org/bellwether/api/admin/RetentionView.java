package org.bellwether.api.admin;

import java.time.Instant;
import java.util.Map;

/**
 * The retention policy as it applies now, and what its last run removed.
 *
 * @param enabled      whether the job runs on its own schedule
 * @param rawTextHours raw post text is kept this many hours
 * @param rawText      the same as an ISO-8601 duration, e.g. {@code PT720H}
 * @param interval     how often the job runs, ISO-8601
 * @param cutoff       posts from before this moment have lost their text (narrative aggregates stay)
 * @param lastRunAt    when the job last ran on this node, or null
 * @param lastRemoved  what that run removed, by kind (empty before the first run)
 */
public record RetentionView(boolean enabled, long rawTextHours, String rawText, String interval, Instant cutoff,
                            Instant lastRunAt, Map<String, Long> lastRemoved) {
    public RetentionView {
        lastRemoved = lastRemoved == null ? Map.of() : Map.copyOf(lastRemoved);
    }

    public static RetentionView of(RetentionStatus status) {
        RetentionSettings policy = status.policy();
        return new RetentionView(policy.enabled(), policy.rawText().toHours(), policy.rawText().toString(),
                policy.interval().toString(), status.cutoff(), status.lastRunAt(), status.lastRemoved());
    }
}
