package org.bellwether.model;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topic catalogue: every topic Bellwether reads or writes, with its serdes and how it must be configured
 * (cleanup policy, retention, {@code min.insync.replicas}). The processor's internal changelog and repartition
 * topics are Kafka Streams' own and not listed. Retention of event topics: long enough to replay or rebuild from,
 * no longer than the product keeps the text they carry ({@code posts.scored} matches the 30-day raw-text
 * retention, so a new api node rebuilds its index from it).
 */
public final class Topics {
    private static final Serde<String> KEY = Serdes.String();
    /** Every topic waits for two replicas (one fewer at replication factors below 3). */
    private static final int MIN_IN_SYNC = 2;
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration TWO_WEEKS = Duration.ofDays(14);
    private static final Duration MONTH = Duration.ofDays(30);

    /** Raw public posts from collectors, key {@code source:sourceId}. Duplicates from sources are expected. */
    public static final Topic<String, RawPost> POSTS_RAW = events("posts.raw", RawPost.class, WEEK);
    /** Community tips with sealed contact data, key tipId. */
    public static final Topic<String, Tip> TIPS_RAW = events("tips.raw", Tip.class, WEEK);
    /** Rejected records with the reason, key: the original key. Kept long enough to be inspected. */
    public static final Topic<String, DeadLetter> POSTS_DLQ = events("posts.dlq", DeadLetter.class, TWO_WEEKS);
    /** Normalised, scored posts with their narrative, key postId. */
    public static final Topic<String, ScoredPost> POSTS_SCORED = events("posts.scored", ScoredPost.class, MONTH);
    /** Narrative snapshots, the read model of record, key narrativeId. */
    public static final Topic<String, Narrative> NARRATIVES = compacted("narratives", Narrative.class);
    /** Flagged narratives, key narrativeId. */
    public static final Topic<String, Alert> ALERTS = events("alerts", Alert.class, MONTH);
    /** Responses recorded by credible messengers, key narrativeId. */
    public static final Topic<String, ResponseEvent> RESPONSES = events("responses", ResponseEvent.class, MONTH);
    /** Saved searches for the monitor step (a tombstone deletes one), key savedSearchId. */
    public static final Topic<String, SavedSearch> SAVED_SEARCHES = compacted("saved-searches", SavedSearch.class);
    /** Posts matching saved searches, written exactly once by the monitor step, key savedSearchId. */
    public static final Topic<String, SearchMatch> SEARCH_MATCHES = events("search.matches", SearchMatch.class,
            MONTH);
    /** Collector positions, key sourceKey. */
    public static final Topic<String, CollectorCheckpoint> COLLECTOR_CHECKPOINTS =
            compacted("collector.checkpoints", CollectorCheckpoint.class);
    /** The collectors' watchlist (sources, hashtags, keywords, neighbourhoods) as YAML, key: watchlist name. */
    public static final Topic<String, WatchlistDocument> COLLECTOR_WATCHLISTS =
            compacted("collector.watchlists", WatchlistDocument.class);

    /**
     * Signed narrative signatures shared between cities, one topic per city ({@code network.signatures.<city>},
     * which only that city may write), key {@code city:narrativeId}. Network-wide: on the network cluster the
     * topics live under the network's prefix, not a city's; a signature is news for weeks, not forever. Not in
     * {@link #all()}: each city's writer creates its own topic, and readers subscribe to the family's pattern.
     */
    public static final TopicFamily<String, NarrativeSignature> NETWORK_SIGNATURES = new TopicFamily<>(
            "network.signatures.", KEY, JsonSerde.of(NarrativeSignature.class), Duration.ofDays(90), MIN_IN_SYNC);

    private Topics() {
    }

    /** Every topic of a deployment, in data-flow order (the network's per-city topics are a family apart). */
    public static List<Topic<String, ?>> all() {
        return List.of(POSTS_RAW, TIPS_RAW, POSTS_DLQ, POSTS_SCORED, NARRATIVES, ALERTS, RESPONSES,
                SAVED_SEARCHES, SEARCH_MATCHES, COLLECTOR_CHECKPOINTS, COLLECTOR_WATCHLISTS);
    }

    /** Every topic's name under a deployment prefix, with whether it is compacted, in data-flow order. */
    public static Map<String, Boolean> namesWithCompaction(String prefix) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (Topic<String, ?> topic : all()) {
            names.put(topic.prefixed(prefix).name(), topic.compacted());
        }
        return names;
    }

    private static <V> Topic<String, V> events(String name, Class<V> type, Duration retention) {
        return new Topic<>(name, KEY, JsonSerde.of(type), false, retention, MIN_IN_SYNC);
    }

    private static <V> Topic<String, V> compacted(String name, Class<V> type) {
        return new Topic<>(name, KEY, JsonSerde.of(type), true, null, MIN_IN_SYNC);
    }
}
