package org.bellwether.processor.enrich;

import java.util.List;
import org.bellwether.model.Harm;
import org.bellwether.processor.harm.HarmScorer;
import org.bellwether.processor.nlp.EntityExtractor;
import org.bellwether.processor.normalise.NormalisedPost;

/**
 * The enrich-and-score step: harm first, so that the expensive entity model runs only for harm candidates
 * ({@link HarmScorer#isCandidate}). Thread-safe when the scorer and extractor are.
 */
public final class PostEnricher {
    private final HarmScorer harmScorer;
    private final EntityExtractor entityExtractor;

    public PostEnricher(HarmScorer harmScorer, EntityExtractor entityExtractor) {
        this.harmScorer = harmScorer;
        this.entityExtractor = entityExtractor;
    }

    public EnrichedPost enrich(NormalisedPost post) {
        Harm harm = harmScorer.score(post.text(), post.lang());
        List<String> entities = entityExtractor.entities(post.text(), post.lang(), HarmScorer.isCandidate(harm));
        return new EnrichedPost(post, entities, harm);
    }
}
