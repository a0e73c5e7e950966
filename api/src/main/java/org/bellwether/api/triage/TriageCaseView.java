package org.bellwether.api.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A triage case. {@code overdue}: still undecided (new or acknowledged) after {@code targetAt}. {@code version}
 * is also the ETag; send it back in {@code If-Match} to change the case.
 */
public record TriageCaseView(UUID id, String narrativeId, String label, String severity, double priority,
                             String state, List<String> allowedNext, String dismissReason, int flagCount,
                             Instant firstFlaggedAt, Instant lastFlaggedAt, Instant targetAt, boolean overdue,
                             Instant decidedAt, Instant escalatedAt, long version) {
    public static TriageCaseView of(TriageCase triageCase) {
        return new TriageCaseView(triageCase.id(), triageCase.narrativeId(), triageCase.label(),
                triageCase.severity(), triageCase.priority(), triageCase.state().wireName(),
                triageCase.state().next().stream().map(TriageState::wireName).sorted().toList(),
                triageCase.dismissReason(), triageCase.flagCount(), triageCase.firstFlaggedAt(),
                triageCase.lastFlaggedAt(), triageCase.targetAt(), triageCase.overdue(), triageCase.decidedAt(),
                triageCase.escalatedAt(), triageCase.version());
    }
}
