package org.bellwether.api.triage;

import java.util.List;
import org.bellwether.api.triage.db.TriageEventRow;
import org.bellwether.api.triage.db.TriageNoteRow;

/** A case with its notes and state history. */
public record TriageCaseDetail(TriageCaseView triageCase, List<TriageNoteRow> notes, List<TriageEventRow> history) {
}
