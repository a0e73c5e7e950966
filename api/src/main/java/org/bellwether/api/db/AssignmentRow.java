package org.bellwether.api.db;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code assignments}. */
public record AssignmentRow(UUID id, UUID caseId, String narrativeId, UUID messengerId, String state,
                            Instant deadline, String offeredBy, String note, String declineReason,
                            String withdrawReason, UUID reassignedTo, String responseChannel, String responseLink,
                            String responseDescription, String responseLanguage, Long estimatedReach,
                            Instant respondedAt, long version, Instant createdAt, Instant updatedAt) {
}
