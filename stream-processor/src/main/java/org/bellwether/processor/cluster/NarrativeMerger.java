package org.bellwether.processor.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The maintenance passes over open narratives.
 * <ol>
 *   <li><b>Second chance.</b> A narrative that is still small some time after it started was probably the first
 *   post of a story whose centroid was not ready then: it folds into the most similar larger open narrative when
 *   their centroids are at least {@code absorbSimilarity} alike. One or two posts that drew no following, and any
 *   small narrative about to fade, get a last chance at {@code lastChanceSimilarity}.</li>
 *   <li><b>Convergence.</b> Two open narratives merge when their centroids are at least {@code mergeSimilarity}
 *   alike, or (when enabled) when one term sits at the heart of both ({@code mergeCoreShare}). Only pairs where one
 *   side changed since the last pass are compared: unchanged pairs were already compared.</li>
 * </ol>
 * The larger narrative survives (ties: the older), so identifiers stay stable for the narratives people watch.
 */
final class NarrativeMerger {
    private static final Comparator<NarrativeState> SMALL_FIRST = Comparator.comparingInt(NarrativeState::posts)
            .thenComparingLong(NarrativeState::sequence);
    private static final Comparator<NarrativeState> LARGE_FIRST = Comparator.comparingInt(NarrativeState::posts)
            .reversed().thenComparingLong(NarrativeState::sequence);

    private final ClusteringSettings settings;
    private final NarrativeClusterer clusterer;

    NarrativeMerger(ClusteringSettings settings, NarrativeClusterer clusterer) {
        this.settings = settings;
        this.clusterer = clusterer;
    }

    void run(Map<String, NarrativeState> changed) {
        secondChance(changed);
        converge(changed);
    }

    private void secondChance(Map<String, NarrativeState> changed) {
        List<NarrativeState> small = new ArrayList<>();
        for (NarrativeState state : clusterer.openNarratives()) {
            if (state.posts <= settings.absorbMaxPosts()
                    && (clusterer.posts() - state.createdAtDocument >= settings.absorbMinAgePosts()
                    || !clusterer.stillOpen(state))) {
                small.add(state);
            }
        }
        small.sort(SMALL_FIRST);
        for (NarrativeState state : small) {
            if (!clusterer.isOpen(state)) {
                continue;
            }
            NarrativeState best = null;
            boolean lastChance = state.posts <= settings.lastChancePosts() || !clusterer.stillOpen(state);
            double bestSimilarity = lastChance ? settings.lastChanceSimilarity() : settings.absorbSimilarity();
            for (NarrativeState other : clusterer.neighbours(state)) {
                if (SMALL_FIRST.compare(other, state) < 0) {
                    continue;
                }
                double similarity = state.similarity(other);
                if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                    bestSimilarity = similarity;
                    best = other;
                }
            }
            if (best != null) {
                clusterer.merge(best, state);
                changed.put(best.id, best);
                changed.put(state.id, state);
            }
        }
    }

    private void converge(Map<String, NarrativeState> changed) {
        List<NarrativeState> states = clusterer.openNarratives();
        states.sort(LARGE_FIRST);
        for (NarrativeState state : states) {
            if (!clusterer.isOpen(state)) {
                continue;
            }
            for (NarrativeState other : clusterer.neighbours(state)) {
                if (LARGE_FIRST.compare(other, state) < 0 || !clusterer.isOpen(other)) {
                    continue;
                }
                if (!clusterer.wasTouched(state) && !clusterer.wasTouched(other) && !changed.containsKey(state.id)) {
                    continue;
                }
                if (converged(state, other)) {
                    clusterer.merge(state, other);
                    changed.put(state.id, state);
                    changed.put(other.id, other);
                }
            }
        }
    }

    private boolean converged(NarrativeState large, NarrativeState small) {
        if (large.similarity(small) >= settings.mergeSimilarity()) {
            return true;
        }
        if (settings.mergeCoreShare() >= 1.0 || small.members < settings.mergeCoreMinPosts()) {
            return false;
        }
        for (String term : small.indexed) {
            if (small.share(term) >= settings.mergeCoreShare() && large.share(term) >= settings.mergeCoreShare()) {
                return true;
            }
        }
        return false;
    }
}
