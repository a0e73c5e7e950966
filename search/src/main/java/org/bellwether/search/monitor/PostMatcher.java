package org.bellwether.search.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.bellwether.model.SavedSearch;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SearchMatch;
import org.bellwether.model.SchemaVersion;
import org.bellwether.search.InvalidQueryException;
import org.bellwether.search.index.PostDocuments;

/**
 * Matches posts against every saved search in batches and forwards one {@link SearchMatch} per match, keyed by the
 * saved search. On start it registers every saved search of the global store, so the monitor is complete whether
 * or not the store was restored through {@link SavedSearchUpdater}.
 *
 * <p>Matching a batch costs much less per post than matching posts one by one (one presearch and one run of each
 * candidate query for the whole batch), so posts wait in a buffer until {@link MatchTopology#BATCH_SIZE} of them
 * have come or {@link #FLUSH_EVERY} has passed. The buffer is a state store with a changelog: under exactly_once_v2
 * a post enters it in the transaction that consumes the post, and leaves it in the transaction that writes the
 * post's matches, so a crash between the two neither loses the post's matches (the buffer is restored) nor writes
 * them twice.
 */
final class PostMatcher implements Processor<String, ScoredPost, String, SearchMatch> {
    /** How long a post waits at most for its batch to fill (wall-clock). */
    static final Duration FLUSH_EVERY = Duration.ofMillis(50);

    private final SavedQueryMonitor monitor;
    private ProcessorContext<String, SearchMatch> context;
    private TimestampedKeyValueStore<Long, ScoredPost> buffer;
    /** The buffer's contents in input order, so a flush does not read the store back. */
    private final List<Buffered> pending = new ArrayList<>();
    private long sequence;

    private record Buffered(long key, ScoredPost post, long timestamp) {
    }

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
        buffer = context.getStateStore(MatchTopology.POST_BATCH_STORE);
        // posts buffered before a restart, restored from the changelog, in input order (a revived task initialises
        // its processors again: what this one held is in the store too)
        pending.clear();
        try (KeyValueIterator<Long, ValueAndTimestamp<ScoredPost>> all = buffer.all()) {
            all.forEachRemaining(entry -> pending.add(new Buffered(entry.key, entry.value.value(),
                    entry.value.timestamp())));
        }
        pending.sort((a, b) -> Long.compare(a.key(), b.key()));
        sequence = pending.isEmpty() ? 0 : pending.get(pending.size() - 1).key() + 1;
        context.schedule(FLUSH_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> flush());
    }

    @Override
    public void process(Record<String, ScoredPost> record) {
        ScoredPost post = record.value();
        if (post == null) {
            return;
        }
        long key = sequence++;
        buffer.put(key, ValueAndTimestamp.make(post, record.timestamp()));
        pending.add(new Buffered(key, post, record.timestamp()));
        if (pending.size() >= MatchTopology.BATCH_SIZE) {
            flush();
        }
    }

    /** Matches the buffered posts and forwards their matches in input order; empties the buffer. */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<List<String>> matches = monitor.matchAll(pending.stream().map(Buffered::post).toList());
        for (int i = 0; i < pending.size(); i++) {
            Buffered buffered = pending.get(i);
            ScoredPost post = buffered.post();
            for (String savedSearchId : matches.get(i)) {
                context.forward(new Record<>(savedSearchId, new SearchMatch(SchemaVersion.CURRENT, savedSearchId,
                        post.postId(), post.narrativeId(), PostDocuments.timeOf(post)), buffered.timestamp()));
            }
            buffer.delete(buffered.key());
        }
        pending.clear();
    }
}
