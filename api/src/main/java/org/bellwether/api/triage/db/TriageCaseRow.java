package org.bellwether.api.triage.db;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code triage_cases}. */
public record TriageCaseRow(UUID id, String narrativeId, String label, String severity, double priority,
                            String state, String dismissReason, int flagCount, Instant firstFlaggedAt,
                            Instant lastFlaggedAt, Instant targetAt, Instant decidedAt, Instant escalatedAt,
                            long version, Instant createdAt, Instant updatedAt) {
}
