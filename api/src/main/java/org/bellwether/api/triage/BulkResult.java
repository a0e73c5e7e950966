package org.bellwether.api.triage;

import java.util.UUID;

/** The outcome for one case of a bulk action: the HTTP status it would have had alone. */
public record BulkResult(UUID caseId, int status, String state, Long version, String detail) {
}
