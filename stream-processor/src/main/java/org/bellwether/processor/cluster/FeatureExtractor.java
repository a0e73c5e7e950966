package org.bellwether.processor.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.bellwether.processor.normalise.UrlCanonicaliser;

/**
 * Turns normalised post text into clustering terms in one pass over the characters: no regular expressions, no
 * analyzer chain. Letters and digits form words (lower-cased); {@code #tag} keeps {@code tag}; links and
 * {@code @mentions} are skipped (links are compared as canonical URLs elsewhere, and mentions name people, which
 * narratives never do); stop words of the supported languages and one-letter words are dropped. Thread-safe.
 */
public final class FeatureExtractor {
    /** Terms beyond this many distinct ones are ignored: a post is short, a pasted article is not a post. */
    public static final int MAX_TERMS = 64;
    /** Posts with fewer distinct terms get no fingerprint: two-word posts collide by chance too often. */
    public static final int MIN_FINGERPRINT_TERMS = 3;
    private static final int MAX_TERM_LENGTH = 40;

    private final CharArraySet stopWords;

    public FeatureExtractor(CharArraySet stopWords) {
        this.stopWords = stopWords;
    }

    /** The extractor with the built-in multilingual stop-word list. */
    public static FeatureExtractor standard() {
        return new FeatureExtractor(StopWords.multilingual());
    }

    public PostFeatures extract(String text) {
        if (text == null || text.isEmpty()) {
            return PostFeatures.EMPTY;
        }
        Map<String, int[]> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        char[] buffer = new char[MAX_TERM_LENGTH * 2];
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (UrlCanonicaliser.startsLink(text, i)) {
                i = skipNonSpace(text, i);
                continue;
            }
            if (cp == '@' && i + 1 < length && isWordChar(text.codePointAt(i + 1))) {
                i = skipWord(text, i + 1);
                continue;
            }
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int used = 0;
            boolean ideographic = false;
            boolean allDigits = true;
            while (i < length) {
                cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    break;
                }
                ideographic |= Character.isIdeographic(cp);
                allDigits &= Character.isDigit(cp);
                int lower = Character.toLowerCase(cp);
                if (used + 2 <= buffer.length) {
                    used += Character.toChars(lower, buffer, used);
                }
                i += Character.charCount(cp);
            }
            if (accept(buffer, used, ideographic, allDigits)) {
                String term = new String(buffer, 0, used);
                int[] count = counts.get(term);
                if (count == null) {
                    if (order.size() >= MAX_TERMS) {
                        continue;
                    }
                    counts.put(term, new int[] {1});
                    order.add(term);
                } else {
                    count[0]++;
                }
            }
        }
        String[] terms = order.toArray(new String[0]);
        int[] tf = new int[terms.length];
        for (int t = 0; t < terms.length; t++) {
            tf[t] = counts.get(terms[t])[0];
        }
        return new PostFeatures(terms, tf, fingerprint(terms));
    }

    private boolean accept(char[] term, int length, boolean ideographic, boolean allDigits) {
        if (length == 0 || length > MAX_TERM_LENGTH) {
            return false;
        }
        if (length < 2 && !ideographic) {
            return false;
        }
        if (allDigits && length < 2) {
            return false;
        }
        return !stopWords.contains(term, 0, length);
    }

    /** Order-independent hash of the term set (FNV-1a over the sorted terms). */
    static long fingerprint(String[] terms) {
        if (terms.length < MIN_FINGERPRINT_TERMS) {
            return 0L;
        }
        String[] sorted = terms.clone();
        Arrays.sort(sorted);
        long hash = 0xcbf29ce484222325L;
        for (String term : sorted) {
            for (int c = 0; c < term.length(); c++) {
                hash ^= term.charAt(c);
                hash *= 0x100000001b3L;
            }
            hash ^= 0x1f;
            hash *= 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static int skipNonSpace(String text, int i) {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipWord(String text, int i) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp) && cp != '_') {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }
}
