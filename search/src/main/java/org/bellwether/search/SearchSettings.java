package org.bellwether.search;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the search index is kept.
 *
 * @param directory       index directory; null keeps the index in memory (tests)
 * @param refreshInterval how often new writes become searchable, at most one second
 * @param topicPrefix     deployment prefix of the topics the index is built from ({@code ""} for none); an index
 *                        built from one prefix refuses to open under another
 */
public record SearchSettings(Path directory, Duration refreshInterval, String topicPrefix) {
    public static final Duration MAX_REFRESH_INTERVAL = Duration.ofSeconds(1);

    public SearchSettings {
        refreshInterval = refreshInterval == null ? MAX_REFRESH_INTERVAL : refreshInterval;
        if (refreshInterval.isNegative() || refreshInterval.isZero() || refreshInterval.compareTo(MAX_REFRESH_INTERVAL) > 0) {
            throw new IllegalArgumentException("refreshInterval must be above 0 and at most 1 s: " + refreshInterval);
        }
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
    }

    /** An in-memory index refreshed every 100 ms: for tests. */
    public static SearchSettings inMemory() {
        return new SearchSettings(null, Duration.ofMillis(100), "");
    }

    /** An index in {@code directory}, refreshed every second. */
    public static SearchSettings at(Path directory, String topicPrefix) {
        return new SearchSettings(directory, MAX_REFRESH_INTERVAL, topicPrefix);
    }
}
