package org.bellwether.processor.harm;

import java.util.Arrays;
import java.util.List;
import org.bellwether.processor.nlp.Token;
import org.bellwether.processor.nlp.TokenType;

/**
 * Hashed sparse features of a post for the linear models: word unigrams and bigrams, char 3- to 6-grams inside
 * words (robust to compounds, inflection and misspelling), the kinds of lexicon cue that fired, and the language.
 * Each feature is a bucket in [0, {@link #DIMENSION}), present or not (sorted, distinct). Training and scoring call
 * the same {@link #extract} so they agree by construction. Stateless and thread-safe.
 */
public final class HashedFeatures {

    /** log2 of the number of buckets. */
    public static final int BITS = 20;
    public static final int DIMENSION = 1 << BITS;
    private static final int MASK = DIMENSION - 1;
    private static final int MAX_WORD_FOR_CHARS = 24;

    private static final int SEED_WORD = 0x1b873593;
    private static final int SEED_BIGRAM = 0x5bd1e995;
    private static final int SEED_CHAR = 0x27d4eb2f;
    private static final int SEED_CUE = 0x165667b1;
    private static final int SEED_LANG = 0x3c6ef372;

    private HashedFeatures() {
    }

    /** The features of an analysed post, in a fresh array sized to fit. */
    public static int[] extract(PostAnalysis post) {
        List<Token> tokens = post.tokens();
        boolean[] masked = maskedTargets(post);
        int capacity = 1 + post.hits().size();
        for (Token token : tokens) {
            capacity += 2;
            if (token.type() == TokenType.WORD && token.norm().length() <= MAX_WORD_FOR_CHARS) {
                capacity += 4 * token.norm().length();
            }
        }
        int[] out = new int[capacity];
        int n = 0;
        out[n++] = bucket(hash(SEED_LANG, post.lang()));
        int previous = 0;
        boolean havePrevious = false;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            String key = masked[t] ? "<group>" : key(token);
            int word = hash(SEED_WORD, key);
            out[n++] = bucket(word);
            if (havePrevious) {
                out[n++] = bucket(mix(SEED_BIGRAM ^ previous, word));
            }
            previous = word;
            havePrevious = true;
            if (!masked[t] && token.type() == TokenType.WORD && token.norm().length() <= MAX_WORD_FOR_CHARS) {
                n = charGrams(token.norm(), out, n);
            }
        }
        for (CueHit hit : post.hits()) {
            out[n++] = bucket(hash(SEED_CUE, hit.cue().label()));
        }
        return distinct(out, n);
    }

    /**
     * Tokens naming a target group (not slurs) are masked: the models then learn hostility from the context rather
     * than "this text mentions refugees", which the keyword-sampled training data would otherwise teach them.
     */
    private static boolean[] maskedTargets(PostAnalysis post) {
        boolean[] masked = new boolean[post.tokens().size()];
        for (CueHit hit : post.hits()) {
            if (hit.cue().kind() == CueKind.TARGET) {
                for (int i = hit.tokenIndex(); i < hit.tokenIndex() + hit.tokenCount() && i < masked.length; i++) {
                    masked[i] = true;
                }
            }
        }
        return masked;
    }

    /** Sorts the first {@code n} buckets and drops repeats. */
    private static int[] distinct(int[] buckets, int n) {
        Arrays.sort(buckets, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || buckets[i] != buckets[unique - 1]) {
                buckets[unique++] = buckets[i];
            }
        }
        return Arrays.copyOf(buckets, unique);
    }

    /** The word key: placeholders for mentions, links and numbers, the folded form otherwise. */
    static String key(Token token) {
        return switch (token.type()) {
            case MENTION -> "@user";
            case URL -> "<url>";
            case NUMBER -> "<num>";
            default -> token.norm();
        };
    }

    /** Adds the char 3-, 4- and 5-grams of {@code ^word$}. */
    private static int charGrams(String word, int[] out, int n) {
        int length = word.length() + 2;
        for (int size = 3; size <= 6; size++) {
            for (int start = 0; start + size <= length; start++) {
                int h = SEED_CHAR + size;
                for (int i = start; i < start + size; i++) {
                    char c = i == 0 ? '^' : i == length - 1 ? '$' : word.charAt(i - 1);
                    h = mix(h, c);
                }
                out[n++] = bucket(h);
            }
        }
        return n;
    }

    static int hash(int seed, String text) {
        int h = seed;
        for (int i = 0; i < text.length(); i++) {
            h = mix(h, text.charAt(i));
        }
        return finish(h ^ text.length());
    }

    private static int mix(int h, int value) {
        int k = value * 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15) * 0x1b873593;
        h ^= k;
        return Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
    }

    private static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private static int bucket(int h) {
        return finish(h) & MASK;
    }
}
