package org.bellwether.api.triage;

import java.time.Instant;
import java.util.UUID;

/** One move of a triage case, with who made it and why. */
public record TriageEvent(long id, UUID caseId, String fromState, String toState, String actor, String reason,
                          Instant at) {
}
