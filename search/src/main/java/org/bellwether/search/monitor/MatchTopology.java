package org.bellwether.search.monitor;

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
 * with the {@link SavedQueryMonitor}), matches each scored post once against all of them and writes one
 * {@link SearchMatch} per matching saved search to {@code search.matches}. Run under exactly_once_v2, a post's
 * matches are written exactly once.
 */
public final class MatchTopology {
    /** The global store of saved searches by id. */
    public static final String SAVED_SEARCHES_STORE = "saved-searches";

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
        builder.stream(posts.name(), Consumed.with(posts.keySerde(), posts.valueSerde()))
                .process(() -> new PostMatcher(monitor))
                .to(matches.name(), Produced.with(matches.keySerde(), matches.valueSerde()));
        return builder.build();
    }
}
