package org.bellwether.model;

import java.time.Instant;

/**
 * Where a collector's source stands (compacted topic {@code collector.checkpoints}, key {@link #sourceKey()}).
 *
 * @param schemaVersion message schema version
 * @param sourceKey     the source, e.g. {@code replay:/data/file.jsonl} or {@code bluesky:jetstream}
 * @param position      opaque resume position (line number, cursor, min_id, ETag)
 * @param updatedAt     when the position was saved
 */
public record CollectorCheckpoint(int schemaVersion, String sourceKey, String position, Instant updatedAt) {
    public CollectorCheckpoint {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
    }
}
