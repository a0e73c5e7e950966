package org.bellwether.api.triage.db;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code triage_notes}. */
public record TriageNoteRow(long id, UUID caseId, String author, String body, Instant createdAt) {
}
