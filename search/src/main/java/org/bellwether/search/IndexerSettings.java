package org.bellwether.search;

import java.time.Duration;

/**
 * How the indexer batches its work.
 *
 * @param commitEveryRecords     make the index durable (with its offsets) after this many records …
 * @param commitInterval         … or after this long, whichever comes first
 * @param pollTimeout            longest wait for records in one poll
 * @param partitionCheckInterval how often to look for topics that appeared and partitions that were added
 */
public record IndexerSettings(int commitEveryRecords, Duration commitInterval, Duration pollTimeout,
                              Duration partitionCheckInterval) {

    public IndexerSettings {
        if (commitEveryRecords < 1) {
            throw new IllegalArgumentException("commitEveryRecords must be at least 1");
        }
        requirePositive(commitInterval, "commitInterval");
        requirePositive(pollTimeout, "pollTimeout");
        requirePositive(partitionCheckInterval, "partitionCheckInterval");
    }

    /** 5,000 records or 2 s per commit, 200 ms polls, a partition check every 10 s. */
    public static IndexerSettings defaults() {
        return new IndexerSettings(5_000, Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(10));
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
