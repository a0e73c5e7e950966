package org.bellwether.api.triage;

import java.time.Instant;
import java.util.UUID;

/** A note on a triage case. */
public record TriageNote(long id, UUID caseId, String author, String body, Instant createdAt) {
}
