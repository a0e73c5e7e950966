package org.bellwether.processor.cluster;

import java.util.HashMap;
import java.util.Map;

/** Keeps clusterer state in maps: for benchmarks and tests. Not thread-safe. */
public final class InMemoryNarrativeRepository implements NarrativeRepository {
    private final Map<String, NarrativeState> narratives = new HashMap<>();
    private ClusterCounters counters = ClusterCounters.START;

    @Override
    public NarrativeState load(String id) {
        return narratives.get(id);
    }

    @Override
    public void save(NarrativeState state) {
        narratives.put(state.id(), state);
    }

    @Override
    public void saveTermFrequency(String term, int frequency) {
        // the statistics object itself is the map
    }

    @Override
    public void saveCounters(ClusterCounters counters) {
        this.counters = counters;
    }

    public ClusterCounters counters() {
        return counters;
    }

    public Map<String, NarrativeState> narratives() {
        return narratives;
    }
}
