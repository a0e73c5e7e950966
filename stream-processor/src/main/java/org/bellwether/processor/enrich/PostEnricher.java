package org.bellwether.processor.enrich;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.model.Harm;
import org.bellwether.processor.harm.HarmScorer;
import org.bellwether.processor.nlp.EntityExtractor;
import org.bellwether.processor.normalise.NormalisedPost;

/**
 * The enrich-and-score step: harm first, so that the expensive entity model runs only for harm candidates
 * ({@link HarmScorer#isCandidate}). Both read only the text and its language, so a text repeated word for word
 * (reposts, copy-paste campaigns: a fifth of the demo city's posts) gets the scores and entities of its last
 * occurrence from a small cache of recent texts instead of being scored again. Thread-safe when the scorer and
 * extractor are.
 */
public final class PostEnricher {
    /** Recent texts remembered. */
    static final int CACHED_TEXTS = 4_096;
    /** Longer texts are not remembered (bounds the cache's memory: hostile posts may be 20,000 characters). */
    static final int CACHED_LENGTH = 2_000;

    private final HarmScorer harmScorer;
    private final EntityExtractor entityExtractor;
    private final Map<String, Scored> recent = new LinkedHashMap<>(CACHED_TEXTS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Scored> eldest) {
            return size() > CACHED_TEXTS;
        }
    };

    private record Scored(Harm harm, List<String> entities) {
    }

    public PostEnricher(HarmScorer harmScorer, EntityExtractor entityExtractor) {
        this.harmScorer = harmScorer;
        this.entityExtractor = entityExtractor;
    }

    public EnrichedPost enrich(NormalisedPost post) {
        String key = post.text().length() > CACHED_LENGTH ? null
                : (post.lang() == null ? "" : post.lang()) + '\u0000' + post.text();
        Scored scored = null;
        if (key != null) {
            synchronized (recent) {
                scored = recent.get(key);
            }
        }
        if (scored != null) {
            return new EnrichedPost(post, scored.entities(), scored.harm());
        }
        Harm harm = harmScorer.score(post.text(), post.lang());
        EnrichedPost enriched = new EnrichedPost(post,
                entityExtractor.entities(post.text(), post.lang(), HarmScorer.isCandidate(harm)), harm);
        if (key != null) {
            synchronized (recent) {
                recent.put(key, new Scored(enriched.harm(), enriched.entities()));
            }
        }
        return enriched;
    }
}
