package org.bellwether.model;

import java.time.Instant;

/**
 * The collectors' watchlist as YAML (compacted topic {@code collector.watchlists}, key {@link #name()}): sources,
 * hashtags, keywords and neighbourhood names. The api publishes a new version when an admin edits it; every
 * collector process applies the latest without a restart.
 *
 * @param schemaVersion message schema version
 * @param name          which watchlist, normally {@code default}
 * @param yaml          the watchlist document (format in collectors/README.md)
 * @param updatedBy     who changed it (a user name or {@code config}), for the audit trail
 * @param updatedAt     when
 */
public record WatchlistDocument(int schemaVersion, String name, String yaml, String updatedBy, Instant updatedAt) {
    public WatchlistDocument {
        schemaVersion = SchemaVersion.orCurrent(schemaVersion);
    }
}
