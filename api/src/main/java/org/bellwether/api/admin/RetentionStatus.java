package org.bellwether.api.admin;

import java.time.Instant;
import java.util.Map;

/**
 * The retention policy as it applies at one moment, and what its last run on this node removed.
 *
 * @param cutoff      posts from before this moment have lost their text
 * @param lastRunAt   when the job last ran on this node, or null
 * @param lastRemoved what that run removed, by kind (empty before the first run)
 */
public record RetentionStatus(RetentionSettings policy, Instant cutoff, Instant lastRunAt,
                              Map<String, Long> lastRemoved) {
}
