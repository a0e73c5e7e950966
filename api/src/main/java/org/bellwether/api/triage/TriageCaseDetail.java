package org.bellwether.api.triage;

import java.util.List;

/** A case with its notes and state history. */
public record TriageCaseDetail(TriageCaseView triageCase, List<TriageNote> notes, List<TriageEvent> history) {
    public static TriageCaseDetail of(TriageCaseHistory history) {
        return new TriageCaseDetail(TriageCaseView.of(history.triageCase()), history.notes(), history.history());
    }
}
