package org.bellwether.processor.cluster;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hashtags that name the city or one of its places ({@code #portlucena}, {@code #eastgate}): every local story
 * carries them, so they say where a post is, not which story it tells. A name and a hashtag match when they fold to
 * the same key: diacritics removed, case-folded, and everything but letters and digits dropped ("Port Lucena",
 * "Saint-Roch", "Bord de la rivière" → {@code portlucena}, {@code saintroch}, {@code borddelariviere}). A rule, not
 * a fitted value. Immutable and thread-safe.
 */
public final class PlaceTags {
    private static final PlaceTags NONE = new PlaceTags(Set.of());

    private final Set<String> keys;

    private PlaceTags(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /** No place tags (no city). */
    public static PlaceTags none() {
        return NONE;
    }

    /** The place tags of these place names (the city's name, its neighbourhoods' names and aliases). */
    public static PlaceTags of(Collection<String> names) {
        Set<String> keys = new TreeSet<>();
        for (String name : names) {
            String key = key(name);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys.isEmpty() ? NONE : new PlaceTags(keys);
    }

    /** Whether this hashtag (with or without {@code #}, any case) names one of the places. */
    public boolean contains(String hashtag) {
        return !keys.isEmpty() && keys.contains(key(hashtag));
    }

    /** The folded keys, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(keys);
    }

    static String key(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c < 128 && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9');
        }
        if (plain) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlaceTags that && keys.equals(that.keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    @Override
    public String toString() {
        return "PlaceTags" + new TreeSet<>(keys);
    }
}
