package org.bellwether.collectors.mastodon;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A Mastodon timeline as the watchlist names it: {@code public}, {@code local}, {@code tag:x}, {@code list:n}. */
public record MastodonTimeline(String spec) {

    /** The REST path and query (without paging), e.g. {@code /api/v1/timelines/public?local=true}. */
    public String restPath() {
        if (spec.equals("public")) {
            return "/api/v1/timelines/public?remote=false";
        }
        if (spec.equals("local")) {
            return "/api/v1/timelines/public?local=true";
        }
        if (spec.startsWith("tag:")) {
            return "/api/v1/timelines/tag/" + encode(spec.substring(4));
        }
        if (spec.startsWith("list:")) {
            return "/api/v1/timelines/list/" + encode(spec.substring(5));
        }
        throw new IllegalArgumentException("unknown timeline " + spec);
    }

    /** The streaming path, e.g. {@code /api/v1/streaming/hashtag?tag=x}. */
    public String streamingPath() {
        if (spec.equals("public")) {
            return "/api/v1/streaming/public";
        }
        if (spec.equals("local")) {
            return "/api/v1/streaming/public/local";
        }
        if (spec.startsWith("tag:")) {
            return "/api/v1/streaming/hashtag?tag=" + encode(spec.substring(4));
        }
        throw new IllegalArgumentException("timeline " + spec + " has no stream");
    }

    /** True for the broad timelines whose posts go through the watchlist filter. */
    public boolean broad() {
        return spec.equals("public") || spec.equals("local");
    }

    public URI rest(URI instance, String minId, int limit) {
        String path = restPath();
        String paging = "limit=" + limit + (minId == null ? "" : "&min_id=" + encode(minId));
        return instance.resolve(path + (path.contains("?") ? "&" : "?") + paging);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
