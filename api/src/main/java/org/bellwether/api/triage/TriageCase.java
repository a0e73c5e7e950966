package org.bellwether.api.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * A triage case as the workflow sees it. {@code overdue}: still undecided (new or acknowledged) after
 * {@code targetAt} at the moment it was read.
 */
public record TriageCase(UUID id, String narrativeId, String label, String severity, double priority,
                         TriageState state, String dismissReason, int flagCount, Instant firstFlaggedAt,
                         Instant lastFlaggedAt, Instant targetAt, boolean overdue, Instant decidedAt,
                         Instant escalatedAt, long version) {
}
