package org.bellwether.search.monitor;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.bellwether.model.SavedSearch;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SearchMatch;
import org.bellwether.model.SchemaVersion;
import org.bellwether.search.InvalidQueryException;
import org.bellwether.search.index.PostDocuments;

/**
 * Matches each post against every saved search and forwards one {@link SearchMatch} per match, keyed by the saved
 * search. On start it registers every saved search of the global store, so the monitor is complete whether or not
 * the store was restored through {@link SavedSearchUpdater}.
 */
final class PostMatcher implements Processor<String, ScoredPost, String, SearchMatch> {
    private final SavedQueryMonitor monitor;
    private ProcessorContext<String, SearchMatch> context;

    PostMatcher(SavedQueryMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void init(ProcessorContext<String, SearchMatch> context) {
        this.context = context;
        KeyValueStore<String, SavedSearch> store = context.getStateStore(MatchTopology.SAVED_SEARCHES_STORE);
        try (KeyValueIterator<String, SavedSearch> all = store.all()) {
            all.forEachRemaining(entry -> {
                try {
                    monitor.register(entry.value);
                } catch (InvalidQueryException e) {
                    monitor.remove(entry.key);
                }
            });
        }
    }

    @Override
    public void process(Record<String, ScoredPost> record) {
        ScoredPost post = record.value();
        if (post == null) {
            return;
        }
        for (String savedSearchId : monitor.match(post)) {
            context.forward(new Record<>(savedSearchId, new SearchMatch(SchemaVersion.CURRENT, savedSearchId,
                    post.postId(), post.narrativeId(), PostDocuments.timeOf(post)), record.timestamp()));
        }
    }
}
