package org.bellwether.processor.narrative;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.bellwether.processor.cluster.ClusterCounters;
import org.bellwether.processor.cluster.NarrativeRepository;
import org.bellwether.processor.cluster.NarrativeState;
import org.bellwether.processor.cluster.TermStatistics;

/** The clusterer's state in the task's changelogged stores. Not thread-safe: the narrative task owns it. */
final class StoreNarrativeRepository implements NarrativeRepository {
    private static final String COUNTERS = "counters";

    private final KeyValueStore<String, NarrativeState> narratives;
    private final KeyValueStore<String, Integer> terms;
    private final KeyValueStore<String, byte[]> meta;

    StoreNarrativeRepository(KeyValueStore<String, NarrativeState> narratives, KeyValueStore<String, Integer> terms,
                             KeyValueStore<String, byte[]> meta) {
        this.narratives = narratives;
        this.terms = terms;
        this.meta = meta;
    }

    @Override
    public NarrativeState load(String id) {
        return id == null ? null : narratives.get(id);
    }

    @Override
    public void save(NarrativeState state) {
        narratives.put(state.id(), state);
    }

    @Override
    public void saveTermFrequency(String term, int frequency) {
        if (frequency <= 0) {
            terms.delete(term);
        } else {
            terms.put(term, frequency);
        }
    }

    @Override
    public void saveCounters(ClusterCounters counters) {
        ByteBuffer buffer = ByteBuffer.allocate(5 * Long.BYTES);
        buffer.putLong(counters.documents()).putLong(counters.posts()).putLong(counters.nextSequence())
                .putLong(counters.clock()).putLong(counters.lastMaintenance());
        meta.put(COUNTERS, buffer.array());
    }

    ClusterCounters counters() {
        byte[] bytes = meta.get(COUNTERS);
        if (bytes == null) {
            return ClusterCounters.START;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new ClusterCounters(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong(),
                buffer.getLong());
    }

    /** Reads every term frequency into the statistics. */
    void restoreTerms(TermStatistics statistics) {
        try (KeyValueIterator<String, Integer> all = terms.all()) {
            while (all.hasNext()) {
                KeyValue<String, Integer> entry = all.next();
                statistics.restore(entry.key, entry.value);
            }
        }
    }

    /** Every stored narrative (open ones are kept in memory by the clusterer). */
    List<NarrativeState> all() {
        List<NarrativeState> states = new ArrayList<>();
        try (KeyValueIterator<String, NarrativeState> all = narratives.all()) {
            while (all.hasNext()) {
                states.add(all.next().value);
            }
        }
        return states;
    }
}
