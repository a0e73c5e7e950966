package org.bellwether.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of a narrative (compacted topic {@code narratives}, key {@link #narrativeId()}): the read model
 * of record. Aggregates only; representative posts are the sole place text appears.
 *
 * @param schemaVersion       message schema version
 * @param narrativeId         stable id
 * @param label               readable label: top terms and entities
 * @param topTerms            most characteristic terms, best first
 * @param entities            most frequent entities
 * @param hashtags            most frequent hashtags
 * @param urls                most shared canonical links
 * @param representativePosts a few posts close to the narrative's centre
 * @param languages           posts per language
 * @param neighbourhoods      posts per neighbourhood
 * @param harmMix             mean score per harm category over the narrative's posts
 * @param claims              posts per matched debunked claim (claim id → posts; ids of well-known public claims,
 *                            not personal data), the most matched few
 * @param harm                the narrative's harm score in [0, 1]
 * @param counterSpeechShare  the share of its posts judged counter-speech (rejecting hate they quote or report), with
 *                            messengers' recorded responses counted as counter-speech posts, in [0, 1]: where the
 *                            community already pushes back
 * @param postCount           posts assigned, including amplification
 * @param amplificationCount  of which reposts and near-duplicates
 * @param distinctAuthors     distinct author pseudonyms
 * @param metrics             windowed volume and velocity
 * @param volumeSeries        hourly volume, oldest first (bounded)
 * @param priority            ranking score in [0, 1] from harm, velocity, reach and novelty
 * @param flagged             an alert rule has fired for this narrative
 * @param firstSeen           event time of the first post
 * @param lastSeen            event time of the latest post
 * @param status              lifecycle status
 * @param mergedInto          the narrative this one was merged into, or null
 * @param updatedAt           when this snapshot was produced (event time)
 */
public record Narrative(
        int schemaVersion,
        String narrativeId,
        String label,
        List<String> topTerms,
        List<String> entities,
        List<String> hashtags,
        List<String> urls,
        List<RepresentativePost> representativePosts,
        Map<String, Long> languages,
        Map<String, Long> neighbourhoods,
        Map<HarmCategory, Double> harmMix,
        Map<String, Long> claims,
        double harm,
        double counterSpeechShare,
        long postCount,
        long amplificationCount,
        long distinctAuthors,
        NarrativeMetrics metrics,
        List<VolumeBucket> volumeSeries,
        double priority,
        boolean flagged,
        Instant firstSeen,
        Instant lastSeen,
        NarrativeStatus status,
        String mergedInto,
        Instant updatedAt) {

    public Narrative {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
        topTerms = topTerms == null ? List.of() : List.copyOf(topTerms);
        entities = entities == null ? List.of() : List.copyOf(entities);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        urls = urls == null ? List.of() : List.copyOf(urls);
        representativePosts = representativePosts == null ? List.of() : List.copyOf(representativePosts);
        languages = languages == null ? Map.of() : Map.copyOf(languages);
        neighbourhoods = neighbourhoods == null ? Map.of() : Map.copyOf(neighbourhoods);
        harmMix = harmMix == null ? Map.of() : Map.copyOf(harmMix);
        claims = claims == null ? Map.of() : Map.copyOf(claims);
        metrics = metrics == null ? NarrativeMetrics.EMPTY : metrics;
        volumeSeries = volumeSeries == null ? List.of() : List.copyOf(volumeSeries);
        status = status == null ? NarrativeStatus.EMERGING : status;
    }
}
