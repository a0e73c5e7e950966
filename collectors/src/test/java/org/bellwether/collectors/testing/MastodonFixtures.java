package org.bellwether.collectors.testing;

import java.time.Instant;

/** Mastodon {@code Status} entities as the REST and streaming APIs return them (docs.joinmastodon.org). */
public final class MastodonFixtures {
    private MastodonFixtures() {
    }

    public static String status(long id, String visibility, String html) {
        Instant created = Instant.parse("2026-03-09T10:00:00Z").plusSeconds(id - 1000);
        String user = "user" + (id % 7);
        return "{\"id\":\"" + id + "\",\"created_at\":\"" + created + "\",\"in_reply_to_id\":null,"
                + "\"in_reply_to_account_id\":null,\"sensitive\":false,\"spoiler_text\":\"\",\"visibility\":\""
                + visibility + "\",\"language\":\"en\",\"uri\":\"https://social.example/users/" + user + "/statuses/"
                + id + "\",\"url\":\"https://social.example/@" + user + "/" + id + "\",\"replies_count\":1,"
                + "\"reblogs_count\":2,\"favourites_count\":3,\"edited_at\":null,\"content\":\"" + html + "\","
                + "\"reblog\":null,\"application\":{\"name\":\"Web\",\"website\":null},\"account\":{\"id\":\""
                + (id % 7) + "\",\"username\":\"" + user + "\",\"acct\":\"" + user + "\",\"display_name\":\"User\","
                + "\"locked\":false,\"bot\":false,\"url\":\"https://social.example/@" + user + "\"},"
                + "\"media_attachments\":[],\"mentions\":[],\"tags\":[{\"name\":\"portlucena\","
                + "\"url\":\"https://social.example/tags/portlucena\"}],\"emojis\":[],\"card\":null,\"poll\":null}";
    }

    public static String post(long id) {
        return status(id, "public", "<p>Ferry note " + id + " <a href=\\\"https://social.example/tags/portlucena\\\""
                + " class=\\\"mention hashtag\\\" rel=\\\"tag\\\">#<span>portlucena</span></a> &amp; more</p>");
    }

    /** A boost by another account of status {@code original}, from a remote instance. */
    public static String boost(long id, long original) {
        return "{\"id\":\"" + id + "\",\"created_at\":\"2026-03-09T11:00:00.000Z\",\"visibility\":\"public\","
                + "\"content\":\"\",\"uri\":\"https://social.example/users/bob/statuses/" + id + "/activity\","
                + "\"url\":null,\"account\":{\"id\":\"9\",\"username\":\"bob\",\"acct\":\"bob@other.example\"},"
                + "\"reblog\":" + post(original) + ",\"replies_count\":0,\"reblogs_count\":0,\"favourites_count\":0}";
    }
}
