package org.bellwether.api.savedsearch;

import java.time.Instant;
import org.bellwether.model.SearchFilters;

/**
 * A saved search as the api shows it.
 *
 * @param matchesLast24h posts matched in the last 24 hours (by when they were matched)
 * @param matchesByHour  the same per hour, oldest first (24 values; the last is the hour just gone)
 * @param editable       whether the caller may change or delete it (its owner, or an admin)
 */
public record SavedSearchView(String id, String name, String query, SearchFilters filters, String owner,
                              boolean shared, AlertRule alert, long matchesLast24h, java.util.List<Long> matchesByHour,
                              boolean editable, long version, Instant createdAt, Instant updatedAt) {
}
