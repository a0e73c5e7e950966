package org.bellwether.processor.harm.fold;

import java.text.Normalizer;
import java.util.Locale;
import org.bellwether.processor.nlp.TermFolding;

/**
 * Undoes the spelling tricks that hide cue words from a lexicon, before any matching: Unicode confusables
 * ({@code mսslims} with an Armenian letter, via ICU's UTS #39 skeletons), leetspeak and symbols ({@code j3ws},
 * {@code imm!grants}, {@code $lut}), masked letters ({@code f*ck}), separators inside a word ({@code m.i.g.r.a.n.t.s}),
 * spaced letters ({@code m i g r a n t s}, Arabic letters too, looked up as folded), split words ({@code mus lims}), repeated letters ({@code muuslims}),
 * dropped vowels ({@code mslims}, {@code jws}) and swapped neighbours ({@code mulsims}).
 *
 * <p>A word is rewritten only when the repair spells a word of the {@link FoldingVocabulary}, so folding never
 * turns an ordinary word into anything: words that read as they stand, numbers, links, mentions, hashtags and
 * non-Latin scripts pass through unchanged. Immutable, thread-safe.
 */
public final class ObfuscationFolder {

    /** Chars that stand for letters in leetspeak, and the letters they stand for. */
    private static final String LEET = "0134578@$!|+€¡9";
    private static final String LEET_AS = "oieastbasilteig";
    /** Alternative reading of the ambiguous ones ({@code 1} and {@code !} as {@code l}). */
    private static final String LEET_AS_ALT = "oleastbaslltelg";
    /** Chars inserted between letters to break a word. */
    private static final String SEPARATORS = ".-_~^\"`,:;/\\";
    /** Chars that mask one letter. */
    private static final String MASKS = "*#%?";
    private static final int MAX_CHUNK = 40;

    private final FoldingVocabulary vocabulary;

    public ObfuscationFolder(FoldingVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The text with every obfuscated cue word spelt plainly; the same instance when nothing was repaired. */
    public String fold(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String[] chunks = text.split(" ", -1);
        String[] repaired = new String[chunks.length];
        boolean changed = false;
        for (int i = 0; i < chunks.length; i++) {
            String one = repairChunk(chunks[i]);
            if (one != null) {
                repaired[i] = one;
                changed = true;
            }
        }
        changed |= joinSpacedLetters(chunks, repaired);
        changed |= joinSplitWords(chunks, repaired);
        if (!changed) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < chunks.length; i++) {
            if (repaired[i] != null && repaired[i].isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(repaired[i] != null ? repaired[i] : chunks[i]);
        }
        return out.toString();
    }

    /** The chunk with its word repaired, or null when there is nothing to repair. */
    String repairChunk(String chunk) {
        int start = 0;
        int end = chunk.length();
        while (start < end && !isWordStart(chunk.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(chunk.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2 || end - start > MAX_CHUNK || skipped(chunk, start)) {
            return null;
        }
        String core = chunk.substring(start, end).toLowerCase(Locale.ROOT);
        String word = repairWord(core);
        return word == null ? null : chunk.substring(0, start) + word + chunk.substring(end);
    }

    /** The cue word {@code core} (lower case) spells when repaired, or null. */
    String repairWord(String core) {
        boolean ascii = isAsciiLetters(core);
        String plain = ascii || isAscii(core) ? core : stripMarks(core);
        if (vocabulary.contains(plain)) {
            return null;
        }
        if (ascii) {
            return fuzzy(plain);
        }
        boolean letters = plain.chars().allMatch(Character::isLetter);
        if (!letters || !isAsciiLetters(plain)) {
            String confusable = confusable(plain);
            if (confusable != null) {
                return confusable;
            }
        }
        if (letters && isAsciiLetters(plain)) {
            return fuzzy(plain);
        }
        return symbols(plain);
    }

    private String confusable(String plain) {
        if (isAsciiLetters(plain) || !hasLatinLetter(plain) || !plain.codePoints().allMatch(Character::isLetter)) {
            return null;
        }
        String word = vocabulary.confusable(plain);
        return word != null && !word.equals(plain) ? word : null;
    }

    private String symbols(String plain) {
        if (countLetters(plain) < 2) {
            return null;
        }
        String joined = remove(plain, SEPARATORS);
        String[] candidates = {joined, leet(joined, LEET_AS), leet(joined, LEET_AS_ALT)};
        for (String candidate : candidates) {
            if (isAsciiLetters(candidate) && vocabulary.contains(candidate)) {
                return candidate;
            }
            if (isAsciiLetters(candidate)) {
                String fuzzy = fuzzy(candidate);
                if (fuzzy != null) {
                    return fuzzy;
                }
            }
        }
        String masked = leet(joined, LEET_AS);
        for (int i = 0; i < MASKS.length(); i++) {
            masked = masked.replace(MASKS.charAt(i), '?');
        }
        long masks = masked.chars().filter(c -> c == '?').count();
        if (masks > 0 && masks <= Math.max(1, masked.length() / 3)
                && masked.chars().allMatch(c -> c == '?' || (c >= 'a' && c <= 'z')) && countLetters(masked) >= 2) {
            return vocabulary.masked(masked);
        }
        return null;
    }

    /** Repeated, dropped or swapped letters: only towards fuzzy words. */
    private String fuzzy(String letters) {
        String word = vocabulary.repeated(letters);
        if (word == null) {
            word = vocabulary.edited(letters);
        }
        if (word == null) {
            word = vocabulary.disemvowelled(letters);
        }
        return word;
    }

    /** {@code m i g r a n t s}: three or more one-letter chunks in a row spelling a cue word. */
    private boolean joinSpacedLetters(String[] chunks, String[] repaired) {
        boolean changed = false;
        int i = 0;
        while (i < chunks.length) {
            int end = i;
            while (end < chunks.length && repaired[end] == null && singleLetter(chunks[end]) != 0) {
                end++;
            }
            if (end - i >= 3 && joinRun(chunks, repaired, i, end)) {
                changed = true;
            }
            i = Math.max(end, i + 1);
        }
        return changed;
    }

    private boolean joinRun(String[] chunks, String[] repaired, int from, int to) {
        for (int length = to - from; length >= 3; length--) {
            for (int start = from; start + length <= to; start++) {
                StringBuilder letters = new StringBuilder(length);
                for (int k = start; k < start + length; k++) {
                    letters.append(singleLetter(chunks[k]));
                }
                String candidate = letters.toString().toLowerCase(Locale.ROOT);
                String word;
                if (isAsciiLetters(candidate)) {
                    word = vocabulary.contains(candidate) ? candidate : fuzzy(candidate);
                } else {
                    word = vocabulary.contains(TermFolding.fold(candidate))
                            || vocabulary.contains(TermFolding.foldKeepingEndings(candidate)) ? candidate : null;
                }
                if (word != null) {
                    repaired[start] = word + trailing(chunks[start + length - 1]);
                    for (int k = start + 1; k < start + length; k++) {
                        repaired[k] = "";
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code mus lims}: two neighbouring letter chunks that together spell a cue word of six letters or more. */
    private boolean joinSplitWords(String[] chunks, String[] repaired) {
        boolean changed = false;
        for (int i = 0; i + 1 < chunks.length; i++) {
            if (repaired[i] != null || repaired[i + 1] != null) {
                continue;
            }
            if (chunks[i].length() < 2 || chunks[i + 1].length() < 2
                    || chunks[i].length() + chunks[i + 1].length() < FoldingVocabulary.MIN_EDIT_LENGTH) {
                continue;
            }
            String left = chunks[i].toLowerCase(Locale.ROOT);
            String right = chunks[i + 1].toLowerCase(Locale.ROOT);
            int rightEnd = right.length();
            while (rightEnd > 0 && !Character.isLetter(right.charAt(rightEnd - 1))) {
                rightEnd--;
            }
            String rightWord = right.substring(0, rightEnd);
            if (left.length() < 2 || rightWord.length() < 2 || !isAsciiLetters(left) || !isAsciiLetters(rightWord)
                    || vocabulary.contains(left) || vocabulary.contains(rightWord)) {
                continue;
            }
            String joined = left + rightWord;
            if (joined.length() >= FoldingVocabulary.MIN_EDIT_LENGTH && vocabulary.contains(joined)) {
                repaired[i] = joined + chunks[i + 1].substring(rightEnd);
                repaired[i + 1] = "";
                changed = true;
                i++;
            }
        }
        return changed;
    }

    private static char singleLetter(String chunk) {
        int start = 0;
        while (start < chunk.length() && !Character.isLetter(chunk.charAt(start))) {
            start++;
        }
        if (start >= chunk.length()) {
            return 0;
        }
        char c = chunk.charAt(start);
        for (int k = start + 1; k < chunk.length(); k++) {
            if (Character.isLetterOrDigit(chunk.charAt(k))) {
                return 0;
            }
        }
        return (c < 0x80 || TermFolding.isArabicScript(String.valueOf(c))) && start == 0 ? c : 0;
    }

    private static String trailing(String chunk) {
        int end = chunk.length();
        while (end > 0 && !Character.isLetter(chunk.charAt(end - 1))) {
            end--;
        }
        return chunk.substring(end);
    }

    private static boolean skipped(String chunk, int start) {
        char first = chunk.charAt(start);
        return (start == 0 && (first == '#')) || (first == '@' && start == 0 && chunk.length() > 1
                && chunk.substring(1).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'))
                || chunk.contains("://") || chunk.startsWith("www.");
    }

    private static boolean isWordStart(char c) {
        return Character.isLetterOrDigit(c) || c == '$' || c == '@';
    }

    /** Lower case with Latin diacritics removed ({@code ï → i}), leaving other scripts alone. */
    private static String stripMarks(String core) {
        String decomposed = Normalizer.normalize(core, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static String leet(String text, String letters) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = LEET.indexOf(c);
            out.append(k >= 0 ? letters.charAt(k) : c);
        }
        return out.toString();
    }

    private static String remove(String text, String chars) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) < 0) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetters(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLatinLetter(String text) {
        return text.chars().anyMatch(c -> c >= 'a' && c <= 'z');
    }

    private static int countLetters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
