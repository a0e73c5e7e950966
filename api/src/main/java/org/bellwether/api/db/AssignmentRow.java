package org.bellwether.api.db;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code assignments}, with the messenger's pseudonym and the case label joined in. */
public record AssignmentRow(UUID id, UUID caseId, String narrativeId, UUID messengerId, String messengerPseudonym,
                            String narrativeLabel, String state,
                            Instant deadline, String offeredBy, String note, String declineReason,
                            String withdrawReason, UUID reassignedTo, String responseChannel, String responseLink,
                            String responseDescription, String responseLanguage, Long estimatedReach,
                            Instant respondedAt, long version, Instant createdAt, Instant updatedAt) {
}
