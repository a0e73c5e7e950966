package org.bellwether.processor.narrative;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
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
    private final TermJournal terms;
    private final KeyValueStore<String, byte[]> meta;

    StoreNarrativeRepository(KeyValueStore<String, NarrativeState> narratives, TermJournal terms,
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
        terms.record(term, frequency);
    }

    @Override
    public void saveCounters(ClusterCounters counters) {
        ByteBuffer buffer = ByteBuffer.allocate(5 * Long.BYTES);
        buffer.putLong(counters.documents()).putLong(counters.posts()).putLong(counters.nextSequence())
                .putLong(counters.clock()).putLong(counters.lastMaintenance());
        meta.put(COUNTERS, buffer.array());
        terms.flush();
    }

    /** Puts what is still buffered (the open batch of term frequencies) into the stores. */
    void flush() {
        terms.flush();
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

    /**
     * Reads every term frequency into the statistics (from the journal, and from the per-term store of an earlier
     * version, which is moved into the journal).
     */
    void restoreTerms(TermStatistics statistics, KeyValueStore<String, Integer> legacyTerms) {
        terms.restore(legacyTerms, statistics::restore);
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
