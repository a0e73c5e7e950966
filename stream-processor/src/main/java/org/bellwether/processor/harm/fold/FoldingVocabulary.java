package org.bellwether.processor.harm.fold;

import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words obfuscation folding may repair towards: cue words (group names, slurs, hostile words, profanity), lower
 * case and folded like tokens. A word is <em>strict</em> when only unambiguous damage (symbols, digits, mixed
 * scripts, spaced letters) may lead to it, or <em>fuzzy</em> when dropped, repeated, swapped or split letters may lead
 * to it too; fuzzy repairs are limited to words long enough that an ordinary word is rarely one edit away, and a
 * short list of ordinary words that are one edit away is never repaired ({@link #ORDINARY}). Immutable after
 * {@link Builder#build()}; thread-safe.
 */
public final class FoldingVocabulary {

    /** Fuzzy repairs by one swapped letter need a word at least this long, by one dropped vowel one letter less. */
    static final int MIN_EDIT_LENGTH = 6;
    /** Ordinary words one edit away from a fuzzy word: never repaired. */
    static final Set<String> ORDINARY = Set.of("refuge", "refuges", "muslin", "muslins", "roman", "romans",
            "romance", "niger", "niggle", "niggles", "snigger", "grapes", "gripes", "hike", "hikes", "goons",
            "emigrants", "emigrant", "lames", "cripes", "raped", "rapes", "kites", "spices", "gaps", "wmn", "cons");

    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    private final Set<String> words;
    private final Set<String> prefixes;
    private final int[] prefixLengths;
    private final Map<String, String> squashed;
    private final Map<String, String> edits;
    private final Map<String, String> consonants;
    private final Map<String, String> skeletons;
    private final Map<Integer, List<String>> byLength;

    private FoldingVocabulary(Builder builder) {
        this.words = Set.copyOf(builder.words);
        this.prefixes = Set.copyOf(builder.prefixes);
        this.prefixLengths = builder.prefixes.stream().mapToInt(String::length).distinct().sorted().toArray();
        this.squashed = Map.copyOf(builder.squashed);
        this.edits = Map.copyOf(builder.edits);
        this.consonants = Map.copyOf(builder.consonants);
        this.skeletons = Map.copyOf(builder.skeletons);
        Map<Integer, List<String>> lengths = new HashMap<>();
        for (String word : builder.words) {
            lengths.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(word);
        }
        lengths.replaceAll((k, v) -> List.copyOf(v.stream().sorted().toList()));
        this.byLength = Map.copyOf(lengths);
    }

    /** Collects the vocabulary. Not thread-safe. */
    public static final class Builder {
        private final Set<String> words = new HashSet<>();
        private final List<String> prefixes = new ArrayList<>();
        private final Map<String, String> squashed = new HashMap<>();
        private final Map<String, String> edits = new HashMap<>();
        private final Map<String, String> consonants = new HashMap<>();
        private final Map<String, String> skeletons = new HashMap<>();

        /**
         * Adds one folded cue word; a trailing {@code *} makes it a prefix (any word starting so is a cue word).
         *
         * @param fuzzy true when dropped, repeated, swapped or split letters may lead to it
         */
        public Builder add(String word, boolean fuzzy) {
            boolean prefix = word.endsWith("*");
            String core = prefix ? word.substring(0, word.length() - 1) : word;
            if (core.length() < 3 || !core.chars().allMatch(Character::isLetter)) {
                return this;
            }
            if (prefix) {
                if (core.length() >= 4) {
                    prefixes.add(core);
                }
                return this;
            }
            words.add(core);
            skeletons.putIfAbsent(skeleton(core), core);
            squashed.putIfAbsent(squash(core), core);
            if (fuzzy && core.length() >= MIN_EDIT_LENGTH - 1) {
                for (int i = 1; i < core.length(); i++) {
                    if (isVowel(core.charAt(i))) {
                        edits.putIfAbsent(core.substring(0, i) + core.substring(i + 1), core);
                    }
                    if (core.length() >= MIN_EDIT_LENGTH && i + 1 < core.length()
                            && core.charAt(i) != core.charAt(i + 1)) {
                        edits.putIfAbsent(core.substring(0, i) + core.charAt(i + 1) + core.charAt(i)
                                + core.substring(i + 2), core);
                    }
                }
            }
            String consonantSkeleton = withoutVowels(core);
            if (fuzzy && core.length() >= 4 && consonantSkeleton.length() >= 3) {
                consonants.putIfAbsent(consonantSkeleton, core);
            }
            return this;
        }

        public FoldingVocabulary build() {
            edits.keySet().removeAll(words);
            edits.keySet().removeAll(ORDINARY);
            return new FoldingVocabulary(this);
        }
    }

    /** True when {@code word} is a cue word as it stands (exact, or starting with a prefix entry). */
    public boolean contains(String word) {
        if (words.contains(word)) {
            return true;
        }
        for (int length : prefixLengths) {
            if (length > word.length()) {
                return false;
            }
            if (prefixes.contains(word.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue word that {@code letters} (letters only, lower case) spells with repeated letters, or null. Ordinary
     * words double letters too ("room", "blood"), so a short cue word needs a letter written three times or more.
     */
    String repeated(String letters) {
        if (!hasDouble(letters)) {
            return null;
        }
        String word = squashed.get(squash(letters));
        if (word == null || word.length() >= letters.length()) {
            return null;
        }
        return word.length() >= MIN_EDIT_LENGTH || hasTriple(letters) ? word : null;
    }

    private static boolean hasDouble(String letters) {
        for (int i = 1; i < letters.length(); i++) {
            if (letters.charAt(i) == letters.charAt(i - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTriple(String letters) {
        for (int i = 2; i < letters.length(); i++) {
            if (letters.charAt(i) == letters.charAt(i - 1) && letters.charAt(i) == letters.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    /** The cue word {@code letters} spells with one vowel dropped or two neighbours swapped, or null. */
    String edited(String letters) {
        return ORDINARY.contains(letters) ? null : edits.get(letters);
    }

    /** The cue word {@code letters} spells without its vowels ({@code jws}), or null. */
    String disemvowelled(String letters) {
        if (letters.length() < 3) {
            return null;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (isVowel(letters.charAt(i))) {
                return null;
            }
        }
        String word = consonants.get(letters);
        return word != null && word.length() - letters.length() <= 2 ? word : null;
    }

    /** The cue word whose confusable skeleton (UTS #39) equals that of {@code text}, or null. */
    String confusable(String text) {
        return skeletons.get(skeleton(text));
    }

    /** The one cue word matching {@code pattern}, where {@code ?} stands for one unknown letter, or null. */
    String masked(String pattern) {
        String found = null;
        for (String word : byLength.getOrDefault(pattern.length(), List.of())) {
            if (matchesMask(pattern, word)) {
                if (found != null) {
                    return null;
                }
                found = word;
            }
        }
        return found;
    }

    private static boolean matchesMask(String pattern, String word) {
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != '?' && p != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String skeleton(String text) {
        return SPOOF.getSkeleton(text).toLowerCase(java.util.Locale.ROOT);
    }

    /** Every run of equal letters squashed to one letter. */
    static String squash(String letters) {
        StringBuilder out = new StringBuilder(letters.length());
        for (int i = 0; i < letters.length(); i++) {
            if (i == 0 || letters.charAt(i) != letters.charAt(i - 1)) {
                out.append(letters.charAt(i));
            }
        }
        return out.toString();
    }

    static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static String withoutVowels(String letters) {
        StringBuilder out = new StringBuilder(letters.length());
        for (int i = 0; i < letters.length(); i++) {
            if (!isVowel(letters.charAt(i))) {
                out.append(letters.charAt(i));
            }
        }
        return out.toString();
    }
}
