package org.bellwether.ingest.watchlist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Reads and writes watchlists as YAML, and checks them. Thread-safe. */
public final class WatchlistYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WatchlistYaml() {
    }

    /**
     * Parses and validates.
     *
     * @throws IllegalArgumentException with a readable message when the document is not a valid watchlist
     */
    public static Watchlist parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return Watchlist.EMPTY;
        }
        try {
            Watchlist watchlist = YAML.readValue(yaml, Watchlist.class);
            validate(watchlist == null ? Watchlist.EMPTY : watchlist);
            return watchlist == null ? Watchlist.EMPTY : watchlist;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid watchlist: " + e.getOriginalMessage());
        }
    }

    public static Watchlist read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    public static String write(Watchlist watchlist) {
        try {
            return YAML.writeValueAsString(watchlist);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void validate(Watchlist watchlist) {
        Set<String> names = new HashSet<>();
        for (Watchlist.Feed feed : watchlist.feeds()) {
            if (feed.name() == null || !feed.name().matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("feed name must be 1-64 of A-Z a-z 0-9 . _ -: " + feed.name());
            }
            if (!names.add(feed.name())) {
                throw new IllegalArgumentException("duplicate feed name " + feed.name());
            }
            requireHttp(feed.url() == null ? null : feed.url().getScheme(), "feed " + feed.name());
            if (feed.interval() != null && feed.interval().isNegative()) {
                throw new IllegalArgumentException("feed " + feed.name() + ": negative interval");
            }
        }
        for (Watchlist.Mastodon mastodon : watchlist.mastodon()) {
            requireHttp(mastodon.instance() == null ? null : mastodon.instance().getScheme(), "mastodon instance");
            for (String timeline : mastodon.timelines()) {
                if (!timeline.matches("public|local|tag:[\\p{L}\\p{N}_]+|list:[0-9]+")) {
                    throw new IllegalArgumentException("unknown Mastodon timeline '" + timeline + "'");
                }
            }
            for (String stream : mastodon.streams()) {
                if (!stream.matches("public|local|tag:[\\p{L}\\p{N}_]+")) {
                    throw new IllegalArgumentException("unknown Mastodon stream '" + stream + "'");
                }
            }
        }
        if (watchlist.bluesky() != null) {
            String scheme = watchlist.bluesky().endpoint() == null ? null : watchlist.bluesky().endpoint().getScheme();
            if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
                throw new IllegalArgumentException("bluesky endpoint must be ws:// or wss://");
            }
        }
    }

    private static void requireHttp(String scheme, String what) {
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException(what + " needs an http(s) URL");
        }
    }
}
