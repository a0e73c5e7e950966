package org.bellwether.processor.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * Document frequencies learned online, for inverse document frequency. Every change is reported to a listener so
 * that a changelogged store can mirror it (a term whose frequency drops to zero is reported with 0: delete it).
 * Not thread-safe: one clustering task owns it.
 */
public final class TermStatistics {
    /** Pseudo-documents in the IDF denominator's prior (see {@link #idf}). */
    public static final double PRIOR_DOCUMENTS = 100;

    private final Map<String, int[]> frequencies = new HashMap<>();
    private final int maxVocabulary;
    private long documents;

    public TermStatistics(int maxVocabulary) {
        this.maxVocabulary = maxVocabulary;
    }

    /** Restores one term's frequency (at start-up, from the store). */
    public void restore(String term, int frequency) {
        if (frequency > 0) {
            frequencies.put(term, new int[] {frequency});
        }
    }

    /** Restores the document count (at start-up, from the store). */
    public void restoreDocuments(long documents) {
        this.documents = documents;
    }

    /**
     * Counts one document with these distinct terms.
     *
     * @param changed receives every term whose frequency changed, with its new frequency
     * @return true when the vocabulary was halved (the caller persists the document count either way)
     */
    public boolean observe(String[] terms, ObjIntConsumer<String> changed) {
        documents++;
        for (String term : terms) {
            int[] frequency = frequencies.computeIfAbsent(term, t -> new int[1]);
            frequency[0]++;
            changed.accept(term, frequency[0]);
        }
        if (frequencies.size() > maxVocabulary) {
            halve(changed);
            return true;
        }
        return false;
    }

    /**
     * ln((N + P) / (df + 0.5)) with P = {@value #PRIOR_DOCUMENTS} pseudo-documents that contain no term: rare terms
     * weigh more, and while the stream is young a term found in every post so far still weighs something (without
     * P, the words of the first story would weigh nothing and each post's one odd word would decide).
     */
    public double idf(String term) {
        int[] frequency = frequencies.get(term);
        int df = frequency == null ? 0 : frequency[0];
        return Math.log((documents + PRIOR_DOCUMENTS) / (df + 0.5));
    }

    public int frequency(String term) {
        int[] frequency = frequencies.get(term);
        return frequency == null ? 0 : frequency[0];
    }

    public long documents() {
        return documents;
    }

    public int vocabulary() {
        return frequencies.size();
    }

    private void halve(ObjIntConsumer<String> changed) {
        documents = documents / 2;
        List<String> terms = new ArrayList<>(frequencies.keySet());
        terms.sort(null);
        for (String term : terms) {
            int[] frequency = frequencies.get(term);
            frequency[0] = frequency[0] / 2;
            if (frequency[0] == 0) {
                frequencies.remove(term);
            }
            changed.accept(term, frequency[0]);
        }
    }
}
