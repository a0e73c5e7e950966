package org.bellwether.ingest.watchlist;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * What the collectors watch: the sources to read and the terms that make a post from a broad stream (Bluesky,
 * Mastodon public/local timelines) worth keeping. Immutable; read from and written to YAML by {@link WatchlistYaml}.
 *
 * @param feeds          RSS / Atom feeds
 * @param mastodon       Mastodon instances and their timelines
 * @param bluesky        the Jetstream subscription, or null for none
 * @param hashtags       hashtags without '#', matched case-insensitively
 * @param keywords       words or phrases, matched case-insensitively on word boundaries
 * @param neighbourhoods neighbourhood names, matched like keywords
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Watchlist(List<Feed> feeds, List<Mastodon> mastodon, Bluesky bluesky, List<String> hashtags,
                        List<String> keywords, List<String> neighbourhoods) {

    public static final Watchlist EMPTY = new Watchlist(null, null, null, null, null, null);

    public Watchlist {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        mastodon = mastodon == null ? List.of() : List.copyOf(mastodon);
        hashtags = hashtags == null ? List.of() : hashtags.stream().map(h -> h.replaceFirst("^#", "")).toList();
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        neighbourhoods = neighbourhoods == null ? List.of() : List.copyOf(neighbourhoods);
    }

    /**
     * @param name     short unique name; posts get source {@code rss:<name>}
     * @param url      feed address
     * @param interval between polls; default 5 minutes
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Feed(String name, URI url, Duration interval) {
        public Duration intervalOrDefault() {
            return interval == null ? Duration.ofMinutes(5) : interval;
        }
    }

    /**
     * @param instance    base URL, e.g. {@code https://mastodon.example}
     * @param timelines   REST timelines to poll: {@code public}, {@code local}, {@code tag:<hashtag>},
     *                    {@code list:<id>} (lists need a token)
     * @param streams     streaming timelines (SSE): {@code public}, {@code local}, {@code tag:<hashtag>}
     * @param accessToken optional bearer token
     * @param interval    between REST polls; default 1 minute
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mastodon(URI instance, List<String> timelines, List<String> streams, String accessToken,
                           Duration interval) {
        public Mastodon {
            timelines = timelines == null ? List.of() : List.copyOf(timelines);
            streams = streams == null ? List.of() : List.copyOf(streams);
        }

        public Duration intervalOrDefault() {
            return interval == null ? Duration.ofMinutes(1) : interval;
        }

        public String host() {
            return instance.getHost() + (instance.getPort() == -1 ? "" : ":" + instance.getPort());
        }
    }

    /**
     * @param endpoint the Jetstream subscribe URL, e.g. {@code wss://jetstream2.us-east.bsky.network/subscribe}
     * @param dids     only these accounts (server-side filter); empty for all
     * @param filter   true to keep only posts matching the hashtags / keywords / neighbourhoods
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bluesky(URI endpoint, List<String> dids, boolean filter) {
        public Bluesky {
            dids = dids == null ? List.of() : List.copyOf(dids);
        }
    }
}
