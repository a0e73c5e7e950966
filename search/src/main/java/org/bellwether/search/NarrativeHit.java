package org.bellwether.search;

import java.util.List;
import org.bellwether.model.Narrative;

/** A matching narrative: its latest snapshot, the matching fragment and the relevance score. */
public record NarrativeHit(Narrative narrative, List<Highlight> snippet, float score) {
    public NarrativeHit {
        snippet = snippet == null ? List.of() : List.copyOf(snippet);
    }
}
