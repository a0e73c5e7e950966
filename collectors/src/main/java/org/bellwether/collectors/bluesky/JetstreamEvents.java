package org.bellwether.collectors.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;

/**
 * Reads Jetstream events (https://github.com/bluesky-social/jetstream): {@code {did, time_us, kind, commit:
 * {operation, collection, rkey, record: {$type, text, createdAt, langs}}}}. Thread-safe.
 */
public final class JetstreamEvents {
    public static final String SOURCE = "bluesky";
    public static final String POST_COLLECTION = "app.bsky.feed.post";

    /** What an event is: a post to keep, something to skip (other kinds, deletes), or invalid with a reason. */
    public record Parsed(long timeUs, RawPost post, String invalidReason) {
        public boolean skipped() {
            return post == null && invalidReason == null;
        }
    }

    private JetstreamEvents() {
    }

    public static Parsed parse(JsonNode event, Instant collectedAt) {
        JsonNode timeNode = event.get("time_us");
        if (timeNode == null || !timeNode.canConvertToLong()) {
            return new Parsed(-1, null, "event without time_us");
        }
        long timeUs = timeNode.asLong();
        if (!"commit".equals(event.path("kind").asText())) {
            return new Parsed(timeUs, null, null);
        }
        JsonNode commit = event.path("commit");
        if (!POST_COLLECTION.equals(commit.path("collection").asText())) {
            return new Parsed(timeUs, null, null);
        }
        String operation = commit.path("operation").asText();
        if (!operation.equals("create") && !operation.equals("update")) {
            return new Parsed(timeUs, null, null);
        }
        String did = event.path("did").asText("");
        String rkey = commit.path("rkey").asText("");
        if (!did.startsWith("did:") || rkey.isEmpty()) {
            return new Parsed(timeUs, null, "commit without did or rkey");
        }
        JsonNode record = commit.path("record");
        String text = record.path("text").asText("");
        if (text.isBlank()) {
            return new Parsed(timeUs, null, "post " + did + "/" + rkey + " without text");
        }
        Instant createdAt = instant(record.path("createdAt").asText(null));
        if (createdAt == null) {
            createdAt = Instant.ofEpochSecond(timeUs / 1_000_000, (timeUs % 1_000_000) * 1_000);
        }
        JsonNode langs = record.path("langs");
        String lang = langs.isArray() && !langs.isEmpty() ? langs.get(0).asText(null) : null;
        String url = "https://bsky.app/profile/" + did + "/post/" + rkey;
        return new Parsed(timeUs, new RawPost(SchemaVersion.CURRENT, SOURCE, did + "/" + rkey, url, did, text, lang,
                createdAt, collectedAt, null, null, null), null);
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
