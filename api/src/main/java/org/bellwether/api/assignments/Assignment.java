package org.bellwether.api.assignments;

import java.time.Instant;
import java.util.UUID;

/**
 * An assignment as the workflow sees it. {@code overdue}: still open after its deadline at the moment it was read.
 */
public record Assignment(UUID id, UUID caseId, String narrativeId, String narrativeLabel, UUID messengerId,
                         String messengerPseudonym, AssignmentState state, Instant deadline, boolean overdue,
                         String offeredBy, String note, String declineReason, String withdrawReason,
                         UUID reassignedTo, Response response, long version, Instant createdAt, Instant updatedAt) {

    /** What the messenger did, once responded. */
    public record Response(String channel, String link, String description, String language, Long estimatedReach,
                           Instant respondedAt) {
    }
}
