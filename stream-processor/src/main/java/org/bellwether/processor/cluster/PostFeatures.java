package org.bellwether.processor.cluster;

import java.util.Arrays;

/**
 * The clustering view of one post: its distinct terms in order of first appearance with their counts, and a
 * fingerprint of the term set that near-identical copies (retweets, pasted text with other links) share.
 *
 * @param terms       distinct terms, lower-cased, stop words removed
 * @param counts      occurrences of each term, aligned with {@code terms}
 * @param fingerprint 64-bit hash of the sorted term set, or 0 when the post is too short to fingerprint safely
 */
public record PostFeatures(String[] terms, int[] counts, long fingerprint) {
    public static final PostFeatures EMPTY = new PostFeatures(new String[0], new int[0], 0L);

    public int size() {
        return terms.length;
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostFeatures that && Arrays.equals(terms, that.terms)
                && Arrays.equals(counts, that.counts) && fingerprint == that.fingerprint;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "PostFeatures" + Arrays.toString(terms);
    }
}
