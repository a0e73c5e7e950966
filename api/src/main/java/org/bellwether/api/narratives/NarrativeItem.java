package org.bellwether.api.narratives;

import java.util.List;
import org.bellwether.model.Narrative;
import org.bellwether.search.Highlight;

/**
 * A narrative in a list: the latest snapshot, the matching snippet, and its triage case if it has one.
 */
public record NarrativeItem(Narrative narrative, List<Highlight> snippet, float score, TriageSummary triage) {
}
