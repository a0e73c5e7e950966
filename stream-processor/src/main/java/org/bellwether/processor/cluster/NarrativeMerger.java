package org.bellwether.processor.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The maintenance passes over the narratives that changed since the last pass (received posts, came of age,
 * reached their fade deadline); a pair where neither changed was already examined with the same result.
 * <ol>
 *   <li><b>Second chance.</b> A small narrative ({@code absorbMaxPosts}) some time after it started
 *   ({@code absorbMinAgePosts}) was probably the first post of a story whose centroid was not ready then: it folds
 *   into its most similar larger neighbour at {@code absorbSimilarity}. One or two posts that drew no following
 *   ({@code lastChancePosts}), and any small narrative about to fade, are not narratives of their own: they fold in
 *   at {@code lastChanceSimilarity}.</li>
 *   <li><b>Convergence.</b> Two narratives merge when their centroids are at least {@code mergeSimilarity} alike,
 *   or (when enabled) when one term sits at the heart of both ({@code mergeCoreShare}), or when their hashtags are
 *   alike ({@code mergeTagSimilarity}; the city's place tags do not count, spellings one letter apart count as one
 *   hashtag, and hashtags count only for a narrative where at least {@code mergeTagShare} of the posts carried a
 *   story hashtag).</li>
 * </ol>
 * The smaller folds into the larger (ties: the younger into the older), so the identifiers people watch stay
 * stable.
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

    /**
     * @param focus   the narratives that changed
     * @param due     those that reached their fade deadline
     * @param changed receives every narrative merged or grown
     */
    void run(Set<NarrativeState> focus, Set<NarrativeState> due, Map<String, NarrativeState> changed) {
        secondChance(focus, due, changed);
        converge(focus, changed);
    }

    private void secondChance(Set<NarrativeState> focus, Set<NarrativeState> due,
                              Map<String, NarrativeState> changed) {
        List<NarrativeState> small = new ArrayList<>();
        for (NarrativeState state : focus) {
            boolean fading = due.contains(state);
            if (clusterer.isOpen(state) && state.posts <= settings.absorbMaxPosts()
                    && (fading || clusterer.posts() - state.createdAtDocument >= settings.absorbMinAgePosts())) {
                small.add(state);
            }
        }
        small.sort(SMALL_FIRST);
        for (NarrativeState state : small) {
            if (!clusterer.isOpen(state)) {
                continue;
            }
            boolean lastChance = due.contains(state) || state.posts <= settings.lastChancePosts();
            double bestSimilarity = lastChance ? settings.lastChanceSimilarity() : settings.absorbSimilarity();
            NarrativeState best = null;
            for (NarrativeState other : clusterer.neighbours(state)) {
                if (SMALL_FIRST.compare(other, state) < 0) {
                    continue;
                }
                double similarity = state.similarity(other);
                if (settings.mergeTagSimilarity() <= 1) {
                    similarity = Math.max(similarity, tagSimilarity(state, other, false));
                }
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

    private void converge(Set<NarrativeState> focus, Map<String, NarrativeState> changed) {
        Set<NarrativeState> examined = new LinkedHashSet<>(focus);
        examined.addAll(changed.values());
        Map<String, Pair> pairs = new HashMap<>();
        for (NarrativeState state : examined) {
            if (!clusterer.isOpen(state)) {
                continue;
            }
            for (NarrativeState other : clusterer.neighbours(state)) {
                boolean stateIsLarger = LARGE_FIRST.compare(state, other) < 0;
                Pair pair = stateIsLarger ? new Pair(state, other) : new Pair(other, state);
                pairs.putIfAbsent(pair.large().id + '\n' + pair.small().id, pair);
            }
        }
        List<Pair> ordered = new ArrayList<>(pairs.values());
        ordered.sort(Comparator.comparing(Pair::large, LARGE_FIRST)
                .thenComparingLong(pair -> pair.small().sequence));
        for (Pair pair : ordered) {
            if (clusterer.isOpen(pair.large()) && clusterer.isOpen(pair.small())
                    && converged(pair.large(), pair.small())) {
                clusterer.merge(pair.large(), pair.small());
                changed.put(pair.large().id, pair.large());
                changed.put(pair.small().id, pair.small());
            }
        }
    }

    /** Two neighbouring narratives, the larger first. */
    private record Pair(NarrativeState large, NarrativeState small) {
    }

    /**
     * The cosine of the two narratives' hashtag counts without the place tags, or 0 unless at least
     * {@code mergeTagShare} of each one's posts carried a story hashtag: a chatter narrative that took in a few posts
     * of a story by their words has that story's hashtags as its only story hashtags, and their mix alone would make
     * it look like the story's own narrative. With {@code variants}, spellings one letter apart count as one hashtag
     * ({@link CountMap#cosineOfVariants}): for convergence only. In the second chance as well, small narratives
     * folded into the wrong larger one by a near spelling (CrisisLexT26 dev: two events split into four narratives;
     * docs/FIGURES.md, seventh pass).
     */
    private double tagSimilarity(NarrativeState a, NarrativeState b, boolean variants) {
        if (a.profile.storyTagShare(a.posts) < settings.mergeTagShare()
                || b.profile.storyTagShare(b.posts) < settings.mergeTagShare()) {
            return 0;
        }
        return variants ? a.profile.hashtags.cosineOfVariants(b.profile.hashtags, settings.placeTags())
                : a.profile.hashtags.cosine(b.profile.hashtags, settings.placeTags());
    }

    private boolean converged(NarrativeState large, NarrativeState small) {
        if (large.similarity(small) >= settings.mergeSimilarity()) {
            return true;
        }
        if (small.posts >= settings.mergeTagMinPosts()
                && tagSimilarity(large, small, true) >= settings.mergeTagSimilarity()) {
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
