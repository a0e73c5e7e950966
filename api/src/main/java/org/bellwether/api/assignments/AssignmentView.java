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

    public static AssignmentView of(Assignment assignment) {
        Assignment.Response done = assignment.response();
        Response response = done == null ? null : new Response(done.channel(), done.link(), done.description(),
                done.language(), done.estimatedReach(), done.respondedAt());
        return new AssignmentView(assignment.id(), assignment.caseId(), assignment.narrativeId(),
                assignment.narrativeLabel(), assignment.messengerId(), assignment.messengerPseudonym(),
                assignment.state().wireName(),
                assignment.state().next().stream().map(AssignmentState::wireName).sorted().toList(),
                assignment.deadline(), assignment.overdue(), assignment.offeredBy(), assignment.note(),
                assignment.declineReason(), assignment.withdrawReason(), assignment.reassignedTo(), response,
                assignment.version(), assignment.createdAt(), assignment.updatedAt());
    }
}
