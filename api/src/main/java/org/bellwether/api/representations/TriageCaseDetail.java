package org.bellwether.api.representations;

import java.util.List;
import org.bellwether.api.db.TriageEventRow;
import org.bellwether.api.db.TriageNoteRow;

/** A case with its notes and state history. */
public record TriageCaseDetail(TriageCaseView triageCase, List<TriageNoteRow> notes, List<TriageEventRow> history) {
}
