package org.bellwether.ingest;

import java.util.Objects;

/**
 * Which input field holds which part of a post. Only {@code text} is required. For JSON, a name may be a dotted
 * path into nested objects ({@code user.screen_name}, {@code entities.urls.0.url}); a field whose own name
 * contains the dots is found first. For CSV, names are header columns.
 */
public record FieldMapping(String text, String id, String time, String lang, String author, String url,
                           String place, String lat, String lon, String likes, String reposts, String replies,
                           String repostOf) {

    public FieldMapping {
        Objects.requireNonNull(text, "text field");
    }

    /** Text, id, time and language only. */
    public static FieldMapping of(String text, String id, String time, String lang) {
        return new FieldMapping(text, id, time, lang, null, null, null, null, null, null, null, null, null);
    }

    /** The field names {@code DemoScenario} writes. */
    public static FieldMapping demo() {
        return new FieldMapping("text", "id", "created_at", "lang", "author", "url", "place", "lat", "lon",
                "likes", "reposts", "replies", "repost_of");
    }

    public FieldMapping withAuthor(String author, String url) {
        return new FieldMapping(text, id, time, lang, author, url, place, lat, lon, likes, reposts, replies, repostOf);
    }
}
