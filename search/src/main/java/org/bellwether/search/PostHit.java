package org.bellwether.search;

import java.time.Instant;
import java.util.List;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;

/**
 * A matching post. Text fields are plain text, untrusted: escape when rendering.
 *
 * @param postId          post id
 * @param narrativeId     its narrative
 * @param kind            {@code post} or {@code tip}
 * @param source          source
 * @param url             canonical URL, or null
 * @param authorPseudonym author pseudonym (never the handle)
 * @param lang            language
 * @param createdAt       publication time
 * @param neighbourhood   neighbourhood, or null
 * @param harm            overall harm score
 * @param categories      harm categories scored on
 * @param harmScores      each category's score with the reasons that produced it (reasons quote post text:
 *                        untrusted)
 * @param text            full text, or null once raw text expired by the retention policy
 * @param snippet         best fragment with matches, as parts
 * @param score           relevance score
 */
public record PostHit(String postId, String narrativeId, String kind, String source, String url,
                      String authorPseudonym, String lang, Instant createdAt, String neighbourhood, double harm,
                      List<HarmCategory> categories, List<HarmScore> harmScores, String text,
                      List<Highlight> snippet, float score) {
    public PostHit {
        categories = categories == null ? List.of() : List.copyOf(categories);
        harmScores = harmScores == null ? List.of() : List.copyOf(harmScores);
        snippet = snippet == null ? List.of() : List.copyOf(snippet);
    }
}
