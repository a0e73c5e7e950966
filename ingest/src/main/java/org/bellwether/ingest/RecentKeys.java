package org.bellwether.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded memory of recently seen keys, to count and drop duplicates a source delivers twice (a repeated
 * feed entry, a Jetstream event replayed after a rewind). Oldest keys are forgotten first. Thread-safe.
 */
public final class RecentKeys {
    private final Map<String, Boolean> keys;

    public RecentKeys(int capacity) {
        this.keys = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers the key; true when it is new, false when it was seen recently. */
    public synchronized boolean add(String key) {
        return keys.put(key, Boolean.TRUE) == null;
    }

    public synchronized boolean contains(String key) {
        return keys.containsKey(key);
    }

    public synchronized int size() {
        return keys.size();
    }
}
