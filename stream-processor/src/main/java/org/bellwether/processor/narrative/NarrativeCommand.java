package org.bellwether.processor.narrative;

import org.bellwether.model.ResponseEvent;
import org.bellwether.processor.enrich.EnrichedPost;

/**
 * What the narrative task receives through its single-partition input: a scored post to place, or a messenger's
 * response to record. Exactly one is set. (One input keeps posts and responses in one order and one task, the
 * owner of the narrative state.)
 */
public record NarrativeCommand(EnrichedPost post, ResponseEvent response) {

    public static NarrativeCommand of(EnrichedPost post) {
        return new NarrativeCommand(post, null);
    }

    public static NarrativeCommand of(ResponseEvent response) {
        return new NarrativeCommand(null, response);
    }
}
