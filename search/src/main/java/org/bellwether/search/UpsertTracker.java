package org.bellwether.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.search.ReferenceManager;

/**
 * Knows whether a document id is in the index although the searcher only shows writes up to its last refresh:
 * it remembers the ids written since, until a refresh has made them visible. Lets the writer count new documents
 * apart from replacements without a refresh per write. Thread-safe.
 */
final class UpsertTracker implements ReferenceManager.RefreshListener {
    /** uid → present (true) or deleted (false), written since the refresh in flight began. */
    private Map<String, Boolean> recent = new HashMap<>();
    /** Writes the refresh in flight may or may not show yet. */
    private final Map<String, Boolean> inFlight = new HashMap<>();

    synchronized void written(String uid, boolean present) {
        recent.put(uid, present);
    }

    /** Present or deleted since the searcher's point in time, or null when the searcher knows. */
    synchronized Boolean known(String uid) {
        Boolean state = recent.get(uid);
        return state != null ? state : inFlight.get(uid);
    }

    @Override
    public synchronized void beforeRefresh() {
        inFlight.putAll(recent);
        recent = new HashMap<>();
    }

    @Override
    public synchronized void afterRefresh(boolean didRefresh) {
        inFlight.clear();
    }
}
