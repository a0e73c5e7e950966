package org.bellwether.api.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A triage case. {@code overdue}: still undecided (new or acknowledged) after {@code targetAt}. {@code version}
 * is also the ETag; send it back in {@code If-Match} to change the case.
 */
public record TriageCaseView(UUID id, String narrativeId, String label, String severity, double priority,
                             String state, List<String> allowedNext, String dismissReason, int flagCount,
                             Instant firstFlaggedAt, Instant lastFlaggedAt, Instant targetAt, boolean overdue,
                             Instant decidedAt, Instant escalatedAt, long version) {
}
