package org.bellwether.api.triage.db;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code triage_events}: one state change. */
public record TriageEventRow(long id, UUID caseId, String fromState, String toState, String actor, String reason,
                             Instant at) {
}
