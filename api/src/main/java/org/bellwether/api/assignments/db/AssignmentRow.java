package org.bellwether.api.assignments.db;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code assignments}, with the messenger's pseudonym and account ({@code messengerUserId}, null when the
 * profile has no account) and the case label joined in.
 */
public record AssignmentRow(UUID id, UUID caseId, String narrativeId, UUID messengerId, Long messengerUserId,
                            String messengerPseudonym, String narrativeLabel, String state,
                            Instant deadline, String offeredBy, String note, String declineReason,
                            String withdrawReason, UUID reassignedTo, String responseChannel, String responseLink,
                            String responseDescription, String responseLanguage, Long estimatedReach,
                            Instant respondedAt, long version, Instant createdAt, Instant updatedAt) {

    /** This row after a conditional state change succeeded (the next version), without reading it again. */
    public AssignmentRow moved(String newState, String newDeclineReason, String newWithdrawReason, Instant at) {
        return new AssignmentRow(id, caseId, narrativeId, messengerId, messengerUserId, messengerPseudonym,
                narrativeLabel, newState,
                deadline, offeredBy, note, newDeclineReason == null ? declineReason : newDeclineReason,
                newWithdrawReason == null ? withdrawReason : newWithdrawReason, reassignedTo, responseChannel,
                responseLink, responseDescription, responseLanguage, estimatedReach, respondedAt, version + 1,
                createdAt, at);
    }
}
