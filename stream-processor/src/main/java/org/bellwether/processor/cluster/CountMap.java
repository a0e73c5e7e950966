package org.bellwether.processor.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per key with a bounded number of keys (the Space-Saving scheme: a new key replaces the least counted one
 * and inherits its count, so heavy keys are never lost). Deterministic: ties break by key. Not thread-safe.
 */
public final class CountMap {
    private static final Comparator<Map.Entry<String, Long>> HEAVIEST_FIRST =
            Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                    .thenComparing(Map.Entry::getKey);

    private final int capacity;
    private final Map<String, Long> counts = new HashMap<>();

    public CountMap(int capacity) {
        this.capacity = capacity;
    }

    public void add(String key, long amount) {
        if (key == null || key.isEmpty() || amount <= 0) {
            return;
        }
        Long current = counts.get(key);
        if (current != null) {
            counts.put(key, current + amount);
            return;
        }
        if (counts.size() < capacity) {
            counts.put(key, amount);
            return;
        }
        Map.Entry<String, Long> lightest = null;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            if (lightest == null || entry.getValue() < lightest.getValue()
                    || (entry.getValue().equals(lightest.getValue()) && entry.getKey().compareTo(lightest.getKey()) > 0)) {
                lightest = entry;
            }
        }
        long inherited = lightest.getValue();
        counts.remove(lightest.getKey());
        counts.put(key, inherited + amount);
    }

    public void addAll(CountMap other) {
        for (Map.Entry<String, Long> entry : other.sorted()) {
            add(entry.getKey(), entry.getValue());
        }
    }

    public long get(String key) {
        return counts.getOrDefault(key, 0L);
    }

    public int size() {
        return counts.size();
    }

    /** All entries, heaviest first. */
    public List<Map.Entry<String, Long>> sorted() {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(HEAVIEST_FIRST);
        return entries;
    }

    /** The heaviest keys, heaviest first. */
    public List<String> top(int limit) {
        return sorted().stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    /** The heaviest entries as an ordered map. */
    public Map<String, Long> topMap(int limit) {
        Map<String, Long> top = new LinkedHashMap<>();
        sorted().stream().limit(limit).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /**
     * Cosine similarity of two count vectors, in [0, 1]; 0 when either is empty. Exact integer sums, so the result
     * does not depend on the order the maps yield their keys in.
     */
    public double cosine(CountMap other) {
        return cosine(other, PlaceTags.none());
    }

    /**
     * The cosine of the two count vectors without the keys {@code ignored} holds (the place tags when comparing
     * hashtags); 0 when either has nothing else.
     */
    double cosine(CountMap other, PlaceTags ignored) {
        long dot = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            Long match = other.counts.get(entry.getKey());
            if (match != null && !ignored.contains(entry.getKey())) {
                dot += entry.getValue() * match;
            }
        }
        return dot == 0 ? 0 : dot / Math.sqrt((double) squares(ignored) * other.squares(ignored));
    }

    private long squares(PlaceTags ignored) {
        long sum = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            if (!ignored.contains(entry.getKey())) {
                sum += entry.getValue() * entry.getValue();
            }
        }
        return sum;
    }

    int capacity() {
        return capacity;
    }

    void put(String key, long count) {
        counts.put(key, count);
    }
}
