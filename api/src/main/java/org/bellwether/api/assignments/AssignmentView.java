package org.bellwether.api.assignments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An assignment. {@code overdue}: still open after its deadline. {@code version} is also the ETag.
 */
public record AssignmentView(UUID id, UUID caseId, String narrativeId, String narrativeLabel, UUID messengerId,
                             String messengerPseudonym, String state, List<String> allowedNext, Instant deadline,
                             boolean overdue, String offeredBy, String note, String declineReason,
                             String withdrawReason, UUID reassignedTo, Response response, long version,
                             Instant createdAt, Instant updatedAt) {

    /** The response record, once responded. */
    public record Response(String channel, String link, String description, String language, Long estimatedReach,
                           Instant respondedAt) {
    }
}
