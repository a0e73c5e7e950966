package org.bellwether.search.monitor;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.bellwether.model.SavedSearch;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SearchMatch;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;

/**
 * The monitor step: every instance reads all saved searches ({@code saved-searches}, a global store kept in step
 * with the {@link SavedQueryMonitor}), matches each scored post once against all of them, in batches of up to
 * {@link #BATCH_SIZE} posts buffered in a changelogged store ({@link #POST_BATCH_STORE}), and writes one
 * {@link SearchMatch} per matching saved search to {@code search.matches}. Run under exactly_once_v2, a post's
 * matches are written exactly once.
 */
public final class MatchTopology {
    /** The global store of saved searches by id. */
    public static final String SAVED_SEARCHES_STORE = "saved-searches";
    /** The store of posts waiting to be matched in a batch (with a changelog). */
    public static final String POST_BATCH_STORE = "post-batch";
    /**
     * Posts matched together at most. A batch of a few hundred costs a fraction per post of matching one by one;
     * a busy step fills its batches at once, a quiet one matches what came every {@link PostMatcher#FLUSH_EVERY}.
     */
    public static final int BATCH_SIZE = 512;
    /** The buffer's changelog rolls and compacts often: its posts stay there for milliseconds. */
    private static final Map<String, String> BUFFER_CHANGELOG = Map.of(
            TopicConfig.SEGMENT_MS_CONFIG, Long.toString(Duration.ofMinutes(10).toMillis()),
            TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1",
            TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(Duration.ofMinutes(10).toMillis()));

    private MatchTopology() {
    }

    /** The topology over the deployment's topics (names behind {@code topicPrefix}), matching with {@code monitor}. */
    public static Topology buildTopology(String topicPrefix, SavedQueryMonitor monitor) {
        Topic<String, SavedSearch> savedSearches = Topics.SAVED_SEARCHES.prefixed(topicPrefix);
        Topic<String, ScoredPost> posts = Topics.POSTS_SCORED.prefixed(topicPrefix);
        Topic<String, SearchMatch> matches = Topics.SEARCH_MATCHES.prefixed(topicPrefix);

        StreamsBuilder builder = new StreamsBuilder();
        StoreBuilder<KeyValueStore<String, SavedSearch>> store = Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(SAVED_SEARCHES_STORE), Serdes.String(),
                        savedSearches.valueSerde())
                .withLoggingDisabled(); // a global store is restored from its topic
        builder.addGlobalStore(store, savedSearches.name(),
                Consumed.with(savedSearches.keySerde(), savedSearches.valueSerde()),
                () -> new SavedSearchUpdater(monitor));
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(POST_BATCH_STORE), Serdes.Long(), posts.valueSerde())
                .withLoggingEnabled(BUFFER_CHANGELOG));
        builder.stream(posts.name(), Consumed.with(posts.keySerde(), posts.valueSerde()))
                .process(() -> new PostMatcher(monitor), POST_BATCH_STORE)
                .to(matches.name(), Produced.with(matches.keySerde(), matches.valueSerde()));
        return builder.build();
    }
}
