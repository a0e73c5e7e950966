package org.bellwether.collectors.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.bellwether.ingest.CanonicalUrl;
import org.bellwether.ingest.HtmlText;
import org.bellwether.model.Engagement;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;

/**
 * Maps a Mastodon {@code Status} entity (REST and streaming {@code update} payloads) to a {@link RawPost}.
 * Only public and unlisted statuses are kept. A boost becomes a post with the boosted text and
 * {@code repostOf} = the boosted status's key. Thread-safe.
 */
public final class MastodonStatuses {

    /** A mapped status, or the reason it is invalid, or neither (skipped: not public). */
    public record Mapped(RawPost post, String invalidReason) {
        public boolean skipped() {
            return post == null && invalidReason == null;
        }
    }

    private MastodonStatuses() {
    }

    public static Mapped map(JsonNode status, String host, Instant collectedAt) {
        String source = "mastodon:" + host;
        String id = text(status, "id");
        if (id == null) {
            return new Mapped(null, "status without id");
        }
        String visibility = text(status, "visibility");
        if (visibility != null && !visibility.equals("public") && !visibility.equals("unlisted")) {
            return new Mapped(null, null);
        }
        JsonNode reblog = status.get("reblog");
        boolean boost = reblog != null && reblog.isObject();
        JsonNode content = boost ? reblog : status;
        String html = text(content, "content");
        String spoiler = text(content, "spoiler_text");
        String text = HtmlText.toText(html == null ? "" : html);
        if (spoiler != null && !spoiler.isBlank()) {
            text = spoiler.trim() + "\n" + text;
        }
        if (text.isBlank()) {
            return new Mapped(null, "status " + id + " without text");
        }
        Optional<Instant> createdAt = instant(text(status, "created_at"));
        if (createdAt.isEmpty()) {
            return new Mapped(null, "status " + id + " without a valid created_at");
        }
        JsonNode account = status.get("account");
        String acct = account == null ? null : text(account, "acct");
        if (acct == null) {
            return new Mapped(null, "status " + id + " without account.acct");
        }
        String handle = acct.contains("@") ? "@" + acct : "@" + acct + "@" + host;
        String url = CanonicalUrl.of(Optional.ofNullable(text(status, "url")).orElse(text(status, "uri")));
        Engagement engagement = new Engagement(number(content, "favourites_count"), number(content, "reblogs_count"),
                number(content, "replies_count"));
        String repostOf = boost && text(reblog, "id") != null ? RawPost.key(source, text(reblog, "id")) : null;
        return new Mapped(new RawPost(SchemaVersion.CURRENT, source, id, url, handle, text, text(content, "language"),
                createdAt.get(), collectedAt, null, engagement, repostOf), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.canConvertToLong() ? 0 : Math.max(0, value.asLong());
    }

    private static Optional<Instant> instant(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Mastodon ids are decimal strings that grow with time: longer is newer, then lexical order. */
    public static int compareIds(String a, String b) {
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }
}
