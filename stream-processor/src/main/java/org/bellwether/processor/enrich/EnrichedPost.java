package org.bellwether.processor.enrich;

import java.util.List;
import org.bellwether.model.Harm;
import org.bellwether.processor.normalise.NormalisedPost;

/**
 * A normalised post with its entities and harm scores: what the narrative step consumes.
 *
 * @param post     the normalised post
 * @param entities named entities, in order of appearance
 * @param harm     harm scores with reasons
 */
public record EnrichedPost(NormalisedPost post, List<String> entities, Harm harm) {
    public EnrichedPost {
        entities = entities == null ? List.of() : List.copyOf(entities);
        harm = harm == null ? Harm.NONE : harm;
    }
}
