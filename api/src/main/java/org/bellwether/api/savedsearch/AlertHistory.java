package org.bellwether.api.savedsearch;

import java.util.List;

/** A page of a saved search's alerts, newest first: {@code total} alerts in all. */
public record AlertHistory(long total, List<SavedSearchAlertView> items) {
    public AlertHistory {
        items = List.copyOf(items);
    }
}
