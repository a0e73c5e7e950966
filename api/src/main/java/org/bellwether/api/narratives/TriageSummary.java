package org.bellwether.api.narratives;

import java.time.Instant;

/** The triage state of a narrative as lists show it. */
public record TriageSummary(String caseId, String state, String severity, Instant targetAt, boolean overdue,
                            long version) {
}
