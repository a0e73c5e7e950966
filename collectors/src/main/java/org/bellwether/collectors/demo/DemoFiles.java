package org.bellwether.collectors.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;

/**
 * Writes a scenario as JSON Lines for {@code bellwether replay --demo-fields --source demo}: one object per post
 * with {@code id, text, created_at, lang, author, url, place, lat, lon, likes, reposts, replies, repost_of} and the
 * ground truth {@code storyline, category, kind} (which replay ignores). Optionally mixes in malformed lines, one of
 * each {@link Malformed} kind in turn, spread evenly, for tests of the dead-letter path.
 */
public final class DemoFiles {

    /** Deliberately broken records and the reason a replay gives for each. */
    public enum Malformed {
        NOT_JSON("not JSON", "{\"id\": \"broken-%d\", \"text\": \"unterminated"),
        NO_TEXT("no text", "{\"id\": \"broken-%d\", \"created_at\": \"2026-03-09T10:00:00Z\", \"lang\": \"en\"}"),
        BAD_TIME("unreadable time", "{\"id\": \"broken-%d\", \"text\": \"Market day in Millbrook\","
                + " \"created_at\": \"sometime last week\"}"),
        NOT_AN_OBJECT("not a JSON object", "[\"broken-%d\", \"Market day in Eastgate\"]"),
        BLANK_TEXT("no text", "{\"id\": \"broken-%d\", \"text\": \"   \", \"created_at\": 1773050400}");

        private final String reason;
        private final String line;

        Malformed(String reason, String line) {
            this.reason = reason;
            this.line = line;
        }

        /** A fragment of the DLQ reason a replay gives. */
        public String reason() {
            return reason;
        }

        String line(int number) {
            return String.format(line, number);
        }
    }

    /** What was written: valid posts, malformed lines by kind (in file order). */
    public record Written(int posts, List<Malformed> malformed) {
    }

    private DemoFiles() {
    }

    public static Written writeJsonl(Scenario scenario, Path file, int malformedCount) throws IOException {
        List<DemoPost> posts = scenario.posts();
        int every = malformedCount <= 0 ? Integer.MAX_VALUE : Math.max(1, posts.size() / (malformedCount + 1));
        List<Malformed> written = new java.util.ArrayList<>();
        Malformed[] kinds = Malformed.values();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < posts.size(); i++) {
                if (i > 0 && i % every == 0 && written.size() < malformedCount) {
                    Malformed kind = kinds[written.size() % kinds.length];
                    out.write(kind.line(written.size() + 1));
                    out.write('\n');
                    written.add(kind);
                }
                out.write(line(posts.get(i)));
                out.write('\n');
            }
            while (written.size() < malformedCount) {
                Malformed kind = kinds[written.size() % kinds.length];
                out.write(kind.line(written.size() + 1));
                out.write('\n');
                written.add(kind);
            }
        }
        return new Written(posts.size(), List.copyOf(written));
    }

    /** One post as a JSON line (no newline). */
    public static String line(DemoPost demo) {
        RawPost post = demo.post();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", post.sourceId());
        fields.put("text", post.text());
        fields.put("created_at", post.createdAt().toString());
        fields.put("lang", post.lang());
        fields.put("author", post.authorHandle());
        fields.put("url", post.url());
        if (post.geo() != null) {
            fields.put("place", post.geo().place());
            if (post.geo().lat() != null) {
                fields.put("lat", post.geo().lat());
                fields.put("lon", post.geo().lon());
            }
        }
        if (post.engagement() != null) {
            fields.put("likes", post.engagement().likes());
            fields.put("reposts", post.engagement().reposts());
            fields.put("replies", post.engagement().replies());
        }
        if (post.repostOf() != null) {
            fields.put("repost_of", post.repostOf().substring(post.repostOf().indexOf(':') + 1));
        }
        fields.put("storyline", demo.storyline());
        if (demo.category() != null) {
            fields.put("category", demo.category());
        }
        fields.put("kind", demo.kind());
        return Json.writeString(fields);
    }
}
