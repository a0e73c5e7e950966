package org.bellwether.model;

import java.time.Instant;
import java.util.List;

/**
 * A normalised, enriched and scored post (topic {@code posts.scored}, key {@link #postId()}).
 *
 * @param schemaVersion   message schema version
 * @param postId          stable id, {@code source:sourceId} (tips: {@code tip:tipId})
 * @param kind            {@code post} or {@code tip}
 * @param source          source kind and instance
 * @param url             canonical URL of the post when it names no account, or null (a URL that carries the
 *                        author's handle is never shown: it is only kept sealed in {@link #urlSealed()})
 * @param authorPseudonym keyed hash of the author handle; never the handle itself
 * @param text            Unicode-NFKC normalised text, untrusted
 * @param lang            detected (or given) language, ISO 639-1, {@code und} when unknown
 * @param createdAt       publication time
 * @param collectedAt     collection time
 * @param neighbourhood   the neighbourhood the post was placed in, or null
 * @param entities        named entities (people are never profiled: entities describe what is said)
 * @param urls            canonical links in the text
 * @param hashtags        hashtags, lower-cased, without {@code #}
 * @param harm            harm scores with reasons
 * @param narrativeId     the narrative the post was assigned to
 * @param duplicateOf     postId of the earlier post this one repeats (repost or near-duplicate), or null
 * @param engagement      engagement counts, never null
 * @param urlSealed       the original URL sealed with {@link ContactCipher} (purpose {@link PostLink#PURPOSE}) when
 *                        it carries the author's handle, or null; opened only by an officer's audited action
 */
public record ScoredPost(
        int schemaVersion,
        String postId,
        String kind,
        String source,
        String url,
        String authorPseudonym,
        String text,
        String lang,
        Instant createdAt,
        Instant collectedAt,
        String neighbourhood,
        List<String> entities,
        List<String> urls,
        List<String> hashtags,
        Harm harm,
        String narrativeId,
        String duplicateOf,
        Engagement engagement,
        String urlSealed) {

    public static final String KIND_POST = "post";
    public static final String KIND_TIP = "tip";

    public ScoredPost {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
        entities = entities == null ? List.of() : List.copyOf(entities);
        urls = urls == null ? List.of() : List.copyOf(urls);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        harm = harm == null ? Harm.NONE : harm;
        engagement = engagement == null ? Engagement.NONE : engagement;
    }

    /** A post without a sealed original URL (the shape before {@link #urlSealed()} existed). */
    public ScoredPost(int schemaVersion, String postId, String kind, String source, String url,
                      String authorPseudonym, String text, String lang, Instant createdAt, Instant collectedAt,
                      String neighbourhood, List<String> entities, List<String> urls, List<String> hashtags,
                      Harm harm, String narrativeId, String duplicateOf, Engagement engagement) {
        this(schemaVersion, postId, kind, source, url, authorPseudonym, text, lang, createdAt, collectedAt,
                neighbourhood, entities, urls, hashtags, harm, narrativeId, duplicateOf, engagement, null);
    }
}
