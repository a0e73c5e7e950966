package org.bellwether.processor.cluster;

/**
 * The clusterer's scalar state.
 *
 * @param documents       posts seen (the N of the inverse document frequency, halved with the vocabulary)
 * @param posts           posts seen, never halved: the stream position that maintenance and ages count in
 * @param nextSequence    number of the next narrative
 * @param clock           latest event time seen, epoch millis
 * @param lastMaintenance stream position of the last maintenance pass
 */
public record ClusterCounters(long documents, long posts, long nextSequence, long clock, long lastMaintenance) {
    public static final ClusterCounters START = new ClusterCounters(0, 0, 1, Long.MIN_VALUE, 0);
}
