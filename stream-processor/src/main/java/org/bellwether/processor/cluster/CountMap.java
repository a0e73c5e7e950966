package org.bellwether.processor.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts per key with a bounded number of keys (the Space-Saving scheme: a new key replaces the least counted one
 * and inherits its count, so heavy keys are never lost). Deterministic: ties break by key. Not thread-safe.
 */
public final class CountMap {
    /** Keys shorter than this are never spelling variants of each other: #fire and #fires may be two stories. */
    static final int VARIANT_MIN_LENGTH = 6;
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
        return cosine(counts, other.counts, ignored);
    }

    /**
     * {@link #cosine(CountMap, PlaceTags)} with spelling variants counted as one key: a key of at least
     * {@value #VARIANT_MIN_LENGTH} characters that either map holds also with one more letter inserted
     * ({@code floodph}, {@code floodsph}) stands for both. Hashtags of one story are written with and without a plural
     * or a typo, and each spelling is a key of its own.
     */
    double cosineOfVariants(CountMap other, PlaceTags ignored) {
        Set<String> keys = new HashSet<>();
        for (Map<String, Long> side : List.of(counts, other.counts)) {
            for (String key : side.keySet()) {
                if (!ignored.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return cosine(foldVariants(counts, keys, ignored), foldVariants(other.counts, keys, ignored),
                PlaceTags.none());
    }

    private static double cosine(Map<String, Long> a, Map<String, Long> b, PlaceTags ignored) {
        long dot = 0;
        for (Map.Entry<String, Long> entry : a.entrySet()) {
            Long match = b.get(entry.getKey());
            if (match != null && !ignored.contains(entry.getKey())) {
                dot += entry.getValue() * match;
            }
        }
        return dot == 0 ? 0 : dot / Math.sqrt((double) squares(a, ignored) * squares(b, ignored));
    }

    /**
     * The key of at least {@value #VARIANT_MIN_LENGTH} characters among {@code keys} that this key is with one letter
     * inserted (the first by the inserted letter's position), or this key.
     */
    static String variantKey(String key, Set<String> keys) {
        if (key.length() <= VARIANT_MIN_LENGTH) {
            return key;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isLetter(key.charAt(i))) {
                String shorter = key.substring(0, i) + key.substring(i + 1);
                if (keys.contains(shorter)) {
                    return shorter;
                }
            }
        }
        return key;
    }

    private static Map<String, Long> foldVariants(Map<String, Long> counts, Set<String> keys, PlaceTags ignored) {
        Map<String, Long> folded = new HashMap<>();
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            if (!ignored.contains(entry.getKey())) {
                folded.merge(variantKey(entry.getKey(), keys), entry.getValue(), Long::sum);
            }
        }
        return folded;
    }

    private static long squares(Map<String, Long> counts, PlaceTags ignored) {
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
