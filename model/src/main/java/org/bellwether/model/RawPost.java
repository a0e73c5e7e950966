package org.bellwether.model;

import java.time.Instant;

/**
 * A public post as a collector saw it (topic {@code posts.raw}, key {@link #key()}).
 *
 * @param schemaVersion message schema version
 * @param source        source kind and instance, e.g. {@code rss:citynews}, {@code mastodon:mastodon.social},
 *                      {@code bluesky}, {@code replay}, {@code demo}
 * @param sourceId      the id the source gave the post; unique within the source
 * @param url           link to the post, or null
 * @param authorHandle  the public handle as the source shows it; the processor replaces it with a keyed hash
 * @param text          the post text, untrusted
 * @param lang          the source's language hint (BCP 47), or null
 * @param createdAt     when the post was published
 * @param collectedAt   when the collector read it
 * @param geo           optional location hint
 * @param engagement    optional engagement counts
 * @param repostOf      key of the post this one reposts ({@code source:sourceId}), or null
 */
public record RawPost(
        int schemaVersion,
        String source,
        String sourceId,
        String url,
        String authorHandle,
        String text,
        String lang,
        Instant createdAt,
        Instant collectedAt,
        Geo geo,
        Engagement engagement,
        String repostOf) {

    public RawPost {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
    }

    /** A post of the current schema version with no location, engagement or repost link. */
    public static RawPost of(String source, String sourceId, String url, String authorHandle, String text,
                             String lang, Instant createdAt, Instant collectedAt) {
        return new RawPost(SchemaVersion.CURRENT, source, sourceId, url, authorHandle, text, lang,
                createdAt, collectedAt, null, null, null);
    }

    /** The Kafka key: {@code source:sourceId}. */
    public String key() {
        return key(source, sourceId);
    }

    public static String key(String source, String sourceId) {
        return source + ":" + sourceId;
    }
}
