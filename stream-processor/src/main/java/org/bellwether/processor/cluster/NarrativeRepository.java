package org.bellwether.processor.cluster;

/**
 * Where the clusterer's state lives between posts. The stream processor backs it with changelogged stores; the
 * benchmark and unit tests with maps. Implementations persist synchronously: when a method returns, the change is
 * in the store (and so in the same Kafka transaction as the post that caused it).
 */
public interface NarrativeRepository {

    /** Any narrative by id, open or not, or null. */
    NarrativeState load(String id);

    void save(NarrativeState state);

    /** A term's new document frequency; 0 means forget the term. */
    void saveTermFrequency(String term, int frequency);

    /** The clusterer's counters (see {@link ClusterCounters}). */
    void saveCounters(ClusterCounters counters);
}
