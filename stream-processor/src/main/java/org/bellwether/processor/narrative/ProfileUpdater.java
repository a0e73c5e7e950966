package org.bellwether.processor.narrative;

import java.nio.charset.StandardCharsets;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.model.RepresentativePost;
import org.bellwether.processor.cluster.NarrativeProfile;
import org.bellwether.processor.cluster.PlaceTags;
import org.bellwether.processor.enrich.EnrichedPost;
import org.bellwether.processor.flag.TrustedSources;
import org.bellwether.processor.normalise.NormalisedPost;

/**
 * Adds one post to a narrative's profile (a partner's observation weighs more in its volume: {@link TrustedSources}).
 * Thread-safe (stateless).
 */
final class ProfileUpdater {
    /** Representative posts keep at most this much text. */
    static final int REPRESENTATIVE_CHARS = 280;

    private ProfileUpdater() {
    }

    /**
     * @param similarity the post's similarity to the centroid, or -1 for amplification (never representative)
     * @param places     the city's place tags (a post with only those carries no story hashtag)
     */
    static void add(NarrativeProfile profile, EnrichedPost enriched, double similarity, double harmfulAt,
                    PlaceTags places, long time) {
        NormalisedPost post = enriched.post();
        profile.languages().add(post.lang(), 1);
        if (post.neighbourhood() != null) {
            profile.neighbourhoods().add(post.neighbourhood(), 1);
        }
        profile.addHashtags(post.hashtags(), places);
        post.urls().forEach(url -> profile.urls().add(url, 1));
        enriched.entities().forEach(entity -> profile.entities().add(entity, 1));
        for (HarmScore score : enriched.harm().scores()) {
            profile.addHarm(score.category(), score.score());
        }
        enriched.harm().debunkedClaims().forEach(claim -> profile.claims().add(claim, 1));
        profile.addOverallHarm(enriched.harm().overall(), harmfulAt);
        if (enriched.harm().score(HarmCategory.COUNTER_SPEECH).isPresent()) {
            profile.addCounterSpeech();
        }
        profile.addEngagement(post.engagement().total());
        if (post.authorPseudonym() != null) {
            profile.addAuthor(hash(post.authorPseudonym()), time);
        }
        profile.volume().add(time, TrustedSources.volumeWeight(post.source()));
        if (similarity >= 0) {
            String text = post.text();
            if (text.length() > REPRESENTATIVE_CHARS) {
                text = text.substring(0, REPRESENTATIVE_CHARS - 1) + "…";
            }
            profile.offerRepresentative(new RepresentativePost(post.postId(), text, post.lang(),
                    post.authorPseudonym(), post.url(), post.createdAt()), similarity);
        }
    }

    /** FNV-1a 64 of the pseudonym (already a keyed hash; this only spreads it for the sketches). */
    static long hash(String value) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
