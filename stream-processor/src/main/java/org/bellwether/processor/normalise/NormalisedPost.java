package org.bellwether.processor.normalise;

import java.time.Instant;
import java.util.List;
import org.bellwether.model.Engagement;

/**
 * A post or tip after normalisation: clean text, language, canonical links, hashtags, pseudonymous author,
 * neighbourhood. Internal to the processor (it travels through the processor's own repartition topic).
 *
 * @param postId          {@code source:sourceId}, or {@code tip:tipId}
 * @param kind            {@code post} or {@code tip}
 * @param source          source kind and instance ({@code tip:<channel>} for tips)
 * @param url             canonical link to the post, or null
 * @param authorPseudonym keyed hash of the author handle, or null (tips have no author)
 * @param text            normalised text
 * @param lang            ISO 639-1 or {@code und}
 * @param createdAt       event time
 * @param collectedAt     when the collector read it (tips: when received)
 * @param neighbourhood   the neighbourhood, or null
 * @param urls            canonical links in the text (and given with a tip)
 * @param hashtags        hashtags, lower-cased, without {@code #}
 * @param engagement      engagement counts, never null
 * @param repostOf        postId of the post this one reposts, or null
 * @param urlSealed       the original URL, sealed, when it carries the author's handle; or null
 */
public record NormalisedPost(
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
        List<String> urls,
        List<String> hashtags,
        Engagement engagement,
        String repostOf,
        String urlSealed) {

    public NormalisedPost {
        urls = urls == null ? List.of() : List.copyOf(urls);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        engagement = engagement == null ? Engagement.NONE : engagement;
    }
}
