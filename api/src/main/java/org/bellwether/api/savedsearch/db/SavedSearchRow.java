package org.bellwether.api.savedsearch.db;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code saved_searches} with its owner's username. */
public record SavedSearchRow(UUID id, String name, String query, String category, String lang, String neighbourhood,
                             String source, String kind, long ownerId, String ownerUsername, boolean shared,
                             String alertType, Integer minMatches, Integer windowMinutes, boolean openCase,
                             long version, Instant createdAt, Instant updatedAt, Instant deletedAt) {
}
