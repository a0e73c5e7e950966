package org.bellwether.processor.narrative;

import org.bellwether.model.Alert;
import org.bellwether.model.Narrative;
import org.bellwether.model.ScoredPost;

/**
 * What the narrative step emits; the topology writes each kind to its own topic (one {@code to()} per type).
 */
public sealed interface NarrativeOutput permits NarrativeOutput.Placed, NarrativeOutput.Snapshot,
        NarrativeOutput.Flagged {

    /** The published record itself. */
    Object value();

    /** A post with its narrative (key: post id), for {@code posts.scored}. */
    record Placed(ScoredPost value) implements NarrativeOutput {
    }

    /** A narrative snapshot (key: narrative id), for {@code narratives}. */
    record Snapshot(Narrative value) implements NarrativeOutput {
    }

    /** An alert (key: narrative id), for {@code alerts}. */
    record Flagged(Alert value) implements NarrativeOutput {
    }
}
