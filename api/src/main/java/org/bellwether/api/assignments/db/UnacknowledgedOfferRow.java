package org.bellwether.api.assignments.db;

import java.time.Instant;
import java.util.UUID;

/** An offer still waiting for the messenger's answer, with what the reminder job needs of its case. */
public record UnacknowledgedOfferRow(UUID id, UUID messengerId, String offeredBy, Instant createdAt,
                                     Instant remindedAt, String severity, String label,
                                     Instant deadline) {
}
