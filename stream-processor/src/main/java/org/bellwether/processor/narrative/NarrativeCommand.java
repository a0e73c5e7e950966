package org.bellwether.processor.narrative;

import org.bellwether.model.ResponseEvent;
import org.bellwether.processor.cluster.FeatureExtractor;
import org.bellwether.processor.cluster.PostFeatures;
import org.bellwether.processor.enrich.EnrichedPost;

/**
 * What the narrative task receives through its single-partition input: a scored post to place, or a messenger's
 * response to record. (One input keeps posts and responses in one order and one task, the owner of the narrative
 * state.) It travels in the binary form of {@link NarrativeCommandSerde}.
 */
public sealed interface NarrativeCommand permits NarrativeCommand.Place, NarrativeCommand.Respond {

    /** A post with its clustering features, extracted by the parallel per-post steps (not by the narrative task). */
    static NarrativeCommand of(EnrichedPost post) {
        return Place.of(post);
    }

    static NarrativeCommand of(ResponseEvent response) {
        return new Respond(response);
    }

    /**
     * Place a post in a narrative.
     *
     * @param post     the enriched post (what {@code posts.scored} publishes, with the placement added)
     * @param features its clustering terms and fingerprint
     */
    record Place(EnrichedPost post, PostFeatures features) implements NarrativeCommand {
        private static final FeatureExtractor EXTRACTOR = FeatureExtractor.standard();

        public Place {
            if (post == null || features == null) {
                throw new IllegalArgumentException("a post and its features are required");
            }
        }

        /** The post with the features of its text (the extractor is thread-safe and shared). */
        public static Place of(EnrichedPost post) {
            return new Place(post, EXTRACTOR.extract(post.post().text()));
        }
    }

    /** Record a messenger's response to a narrative. */
    record Respond(ResponseEvent response) implements NarrativeCommand {
        public Respond {
            if (response == null) {
                throw new IllegalArgumentException("a response is required");
            }
        }
    }
}
