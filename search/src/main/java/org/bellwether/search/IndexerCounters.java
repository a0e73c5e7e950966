package org.bellwether.search;

/**
 * What the indexer did with the records it read since it started (as Anserini's {@code IndexCollection.Counters}).
 *
 * @param indexed   records that added a document
 * @param updated   records that replaced a document with the same id (new narrative snapshots, replays)
 * @param deleted   tombstones applied
 * @param malformed records that could not be read as their topic's message and were skipped: a bug signal, since
 *                  the processor dead-letters malformed input upstream
 * @param failed    records the index could not take and were skipped
 * @param commits   durable index commits (each carrying its offsets)
 */
public record IndexerCounters(long indexed, long updated, long deleted, long malformed, long failed, long commits) {

    /** Every record read, whatever its outcome. */
    public long records() {
        return indexed + updated + deleted + malformed + failed;
    }
}
