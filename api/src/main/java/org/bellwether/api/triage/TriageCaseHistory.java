package org.bellwether.api.triage;

import java.util.List;

/** A case with its notes and state history. */
public record TriageCaseHistory(TriageCase triageCase, List<TriageNote> notes, List<TriageEvent> history) {
}
