package org.bellwether.processor.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.model.NarrativeStatus;

/**
 * Everything the processor remembers about one narrative: the clustering model (a TF-IDF centroid with per-term
 * post counts, member-similarity statistics, the terms it is indexed under) and the {@link NarrativeProfile} that
 * snapshots and alerts are built from. Stored whole in a changelogged store after every change. Not thread-safe.
 */
public final class NarrativeState {
    private static final double FIXED_POINT = 0x1p20;
    final String id;
    final long sequence;
    final long createdAtDocument;
    int posts;
    int amplification;
    int members;
    int similarityCount;
    double similaritySum;
    double similaritySquares;
    long firstSeen;
    long lastSeen;
    double norm2;
    final Map<String, TermEntry> terms;
    String[] indexed;
    NarrativeStatus status;
    String mergedInto;
    final NarrativeProfile profile;
    /** The earliest fade deadline queued for this narrative (derived state, rebuilt on restore). */
    long queuedDeadline = Long.MAX_VALUE;

    NarrativeState(String id, long sequence, long createdAtDocument, long time) {
        this(id, sequence, createdAtDocument, new HashMap<>(), new NarrativeProfile());
        this.firstSeen = time;
        this.lastSeen = time;
    }

    NarrativeState(String id, long sequence, long createdAtDocument, Map<String, TermEntry> terms,
                   NarrativeProfile profile) {
        this.id = id;
        this.sequence = sequence;
        this.createdAtDocument = createdAtDocument;
        this.terms = terms;
        this.indexed = new String[0];
        this.status = NarrativeStatus.EMERGING;
        this.profile = profile;
    }

    public String id() {
        return id;
    }

    public long sequence() {
        return sequence;
    }

    public int posts() {
        return posts;
    }

    public int amplification() {
        return amplification;
    }

    public int members() {
        return members;
    }

    public long firstSeen() {
        return firstSeen;
    }

    public long lastSeen() {
        return lastSeen;
    }

    public NarrativeStatus status() {
        return status;
    }

    public void status(NarrativeStatus status) {
        this.status = status;
    }

    public String mergedInto() {
        return mergedInto;
    }

    public boolean isMerged() {
        return status == NarrativeStatus.MERGED;
    }

    public NarrativeProfile profile() {
        return profile;
    }

    /** Cosine similarity of a unit-length post vector to the centroid. */
    double similarity(String[] postTerms, double[] postWeights) {
        if (norm2 <= 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < postTerms.length; i++) {
            TermEntry entry = terms.get(postTerms[i]);
            if (entry != null) {
                dot += postWeights[i] * entry.weight;
            }
        }
        return dot / Math.sqrt(norm2);
    }

    /** Cosine similarity of two centroids. */
    double similarity(NarrativeState other) {
        if (norm2 <= 0 || other.norm2 <= 0) {
            return 0;
        }
        NarrativeState small = terms.size() <= other.terms.size() ? this : other;
        NarrativeState large = small == this ? other : this;
        // Fixed-point sum: integer addition does not depend on the order the hash map yields its entries in, so a
        // restored state (whose map iterates differently) computes exactly the same similarity.
        long dot = 0;
        for (Map.Entry<String, TermEntry> entry : small.terms.entrySet()) {
            TermEntry match = large.terms.get(entry.getKey());
            if (match != null) {
                dot += Math.round(entry.getValue().weight * match.weight * FIXED_POINT);
            }
        }
        return dot / FIXED_POINT / Math.sqrt(norm2 * other.norm2);
    }

    /** Adds a unit post vector to the centroid. */
    void addVector(String[] postTerms, double[] postWeights) {
        for (int i = 0; i < postTerms.length; i++) {
            TermEntry entry = terms.get(postTerms[i]);
            if (entry == null) {
                terms.put(postTerms[i], new TermEntry(postWeights[i], 1));
                norm2 += postWeights[i] * postWeights[i];
            } else {
                double before = entry.weight;
                entry.weight += postWeights[i];
                entry.posts++;
                norm2 += entry.weight * entry.weight - before * before;
            }
        }
    }

    /** Keeps the heaviest {@code keep} terms once the centroid has grown past {@code limit}. */
    void prune(int keep, int limit) {
        if (terms.size() <= limit) {
            return;
        }
        List<Map.Entry<String, TermEntry>> entries = heaviest();
        for (int i = keep; i < entries.size(); i++) {
            TermEntry removed = terms.remove(entries.get(i).getKey());
            norm2 -= removed.weight * removed.weight;
        }
        if (norm2 < 0) {
            norm2 = 0;
        }
    }

    /** Centroid terms, heaviest first; ties by term, so the order never depends on hashing. */
    List<Map.Entry<String, TermEntry>> heaviest() {
        List<Map.Entry<String, TermEntry>> entries = new ArrayList<>(terms.entrySet());
        entries.sort((a, b) -> {
            int byWeight = Double.compare(b.getValue().weight, a.getValue().weight);
            return byWeight != 0 ? byWeight : a.getKey().compareTo(b.getKey());
        });
        return entries;
    }

    /** The heaviest terms, best first. */
    public List<String> topTerms(int limit) {
        return heaviest().stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    /** Share of member posts containing the term, in [0, 1]. */
    double share(String term) {
        TermEntry entry = terms.get(term);
        return entry == null || members == 0 ? 0 : Math.min(1.0, (double) entry.posts / members);
    }

    /** The similarity a new member must reach: the narrative's own member statistics, shrunk to the prior. */
    double joinThreshold(ClusteringSettings settings) {
        double weight = settings.priorWeight();
        double count = similarityCount + weight;
        double mean = (similaritySum + weight * settings.priorSimilarity()) / count;
        double second = (similaritySquares + weight * (settings.priorDeviation() * settings.priorDeviation()
                + settings.priorSimilarity() * settings.priorSimilarity())) / count;
        double deviation = Math.sqrt(Math.max(1e-6, second - mean * mean));
        return Math.max(settings.minJoinSimilarity(), mean - settings.joinDeviations() * deviation);
    }

    /** How long this narrative may stay silent before it fades: its own rhythm, bounded. */
    long fadeAfter(ClusteringSettings settings) {
        if (members + amplification < 2) {
            return settings.fadeMinMillis();
        }
        double gap = (double) (lastSeen - firstSeen) / (members + amplification - 1);
        long rhythm = (long) (gap * settings.fadeGaps());
        return Math.max(settings.fadeMinMillis(), Math.min(settings.fadeMaxMillis(), rhythm));
    }

    boolean isOpenAt(long now, ClusteringSettings settings) {
        return !isMerged() && status != NarrativeStatus.FADING && now - lastSeen <= fadeAfter(settings);
    }
}
