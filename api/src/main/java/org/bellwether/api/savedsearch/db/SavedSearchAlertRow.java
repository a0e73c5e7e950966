package org.bellwether.api.savedsearch.db;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code saved_search_alerts}. */
public record SavedSearchAlertRow(long id, UUID savedSearchId, String windowKey, Instant windowStart,
                                  Instant windowEnd, int matchCount, String narrativeId, Instant firedAt) {
}
