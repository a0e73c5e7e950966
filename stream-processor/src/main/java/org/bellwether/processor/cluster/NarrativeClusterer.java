package org.bellwether.processor.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.bellwether.model.NarrativeStatus;

/**
 * Online, single-pass narrative clustering. Each post becomes a unit TF-IDF vector (IDF learned online) and is
 * compared only with the open narratives that share one of its terms among their heaviest centroid terms (an
 * inverted index, so the cost per post does not grow with the number of narratives). It joins the best one if its
 * similarity clears that narrative's own adaptive threshold, else it starts a narrative. Narratives silent for
 * longer than their rhythm allows fade and leave the index. Every {@code maintenanceEvery} posts, small young
 * narratives get a second chance to fold into a larger similar one, and converging narratives merge.
 *
 * <p>Deterministic: the outcome depends only on the stored state and the posts, never on hash order or wall-clock
 * time, so a restored processor continues exactly. Not thread-safe: one stream task owns it.
 */
public final class NarrativeClusterer {
    private static final Comparator<NarrativeState> BY_SEQUENCE = Comparator.comparingLong(NarrativeState::sequence);
    private static final int EMERGING_POSTS = 10;
    private static final long EMERGING_MILLIS = 24 * 3_600_000L;

    private final ClusteringSettings settings;
    private final NarrativeRepository repository;
    private final TermStatistics statistics;
    private final Map<String, NarrativeState> open = new HashMap<>();
    private final Map<String, Set<String>> index = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    /** Lower bounds of open narratives' fade deadlines, earliest first (lazily corrected when popped). */
    private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>();
    /**
     * Small narratives get their second chance at this many maintenance passes after they come of age (a larger
     * narrative may grow towards them meanwhile); after that only their last chance before fading remains.
     */
    static final int SECOND_CHANCE_PASSES = 10;
    /** Narratives within their second-chance window (or younger), oldest first. */
    private final ArrayDeque<NarrativeState> young = new ArrayDeque<>();
    private final FadedNarratives faded;
    private long posts;
    private long nextSequence = ClusterCounters.START.nextSequence();
    private long clock = ClusterCounters.START.clock();
    private long lastMaintenance;

    /** A queued fade deadline of a narrative. */
    private record Deadline(long at, long sequence, NarrativeState state) implements Comparable<Deadline> {
        @Override
        public int compareTo(Deadline other) {
            int byTime = Long.compare(at, other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    public NarrativeClusterer(ClusteringSettings settings, NarrativeRepository repository, TermStatistics statistics) {
        this.settings = settings;
        this.repository = repository;
        this.statistics = statistics;
        this.faded = new FadedNarratives(settings);
    }

    /** Restores counters and the open narratives (at start-up, from the stores). */
    public void restore(ClusterCounters counters, Collection<NarrativeState> states) {
        statistics.restoreDocuments(counters.documents());
        posts = counters.posts();
        nextSequence = counters.nextSequence();
        clock = counters.clock();
        lastMaintenance = counters.lastMaintenance();
        List<NarrativeState> restored = new ArrayList<>();
        List<NarrativeState> fadedStates = new ArrayList<>();
        for (NarrativeState state : states) {
            if (!state.isMerged() && state.status != NarrativeStatus.FADING) {
                restored.add(state);
            } else if (state.status == NarrativeStatus.FADING) {
                fadedStates.add(state);
            }
        }
        fadedStates.sort(BY_SEQUENCE);
        for (NarrativeState state : fadedStates) {
            faded.remember(state, clock);
        }
        restored.sort(BY_SEQUENCE);
        for (NarrativeState state : restored) {
            open.put(state.id, state);
            for (String term : state.indexed) {
                index.computeIfAbsent(term, t -> new HashSet<>()).add(state.id);
            }
            touched.add(state.id);
            queueDeadline(state, true);
            if (state.createdAtDocument > lastMaintenance - settings.absorbMinAgePosts()
                    - (long) SECOND_CHANCE_PASSES * settings.maintenanceEvery()) {
                young.add(state);
            }
        }
    }

    /** Assigns a post without hashtags: see {@link #assign(PostFeatures, Collection, long)}. */
    public Assignment assign(PostFeatures features, long time) {
        return assign(features, List.of(), time);
    }

    /**
     * Assigns a post: joins the best open narrative, else revives a recently faded narrative one of its hashtags
     * (lower-case, without {@code #}) was at the heart of, else revives the recently faded narrative it would have
     * joined were it open ({@link ClusteringSettings#reviveSilence()}), else starts one. The caller saves the
     * narrative afterwards.
     */
    public Assignment assign(PostFeatures features, Collection<String> hashtags, long time) {
        advance(time);
        posts++;
        statistics.observe(features.terms(), repository::saveTermFrequency);
        double[] weights = weights(features);
        NarrativeState best = null;
        double bestMargin = Double.NEGATIVE_INFINITY;
        double bestSimilarity = 0;
        Set<String> seen = new HashSet<>();
        for (String term : features.terms()) {
            Set<String> postings = index.get(term);
            if (postings == null) {
                continue;
            }
            for (String id : postings) {
                if (!seen.add(id)) {
                    continue;
                }
                NarrativeState candidate = open.get(id);
                if (!candidate.isOpenAt(clock, settings)) {
                    continue;
                }
                double similarity = candidate.similarity(features.terms(), weights);
                double margin = similarity - candidate.joinThreshold(settings);
                if (margin > bestMargin || (margin == bestMargin && candidate.sequence < best.sequence)) {
                    bestMargin = margin;
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
        }
        boolean created = best == null || bestMargin < 0;
        NarrativeState narrative;
        NarrativeState revived = created ? revivable(hashtags) : null;
        if (created && revived == null) {
            revived = revivableByWords(features, weights);
        }
        if (revived != null) {
            created = false;
            narrative = revived;
            faded.forget(revived.id);
            open.put(narrative.id, narrative);
            narrative.queuedDeadline = Long.MAX_VALUE;
            bestSimilarity = narrative.similarity(features.terms(), weights);
        } else if (created) {
            narrative = create(time);
            bestSimilarity = 0;
        } else {
            narrative = best;
            narrative.similaritySum += bestSimilarity;
            narrative.similaritySquares += bestSimilarity * bestSimilarity;
            narrative.similarityCount++;
        }
        narrative.addVector(features.terms(), weights);
        narrative.members++;
        narrative.posts++;
        narrative.prune(settings.centroidTerms(), settings.centroidTerms() * 3 / 2);
        see(narrative, time);
        reindex(narrative, revived != null);
        saveCounters();
        return new Assignment(narrative, bestSimilarity, created);
    }

    /**
     * Counts a repost or near-duplicate in the narrative of the post it repeats: amplification, which adds volume
     * but leaves the centroid alone. A faded narrative comes back to life. The caller saves it afterwards.
     */
    public NarrativeState amplify(NarrativeState narrative, long time) {
        advance(time);
        posts++;
        narrative.posts++;
        narrative.amplification++;
        if (!open.containsKey(narrative.id) && !narrative.isMerged()) {
            faded.forget(narrative.id);
            open.put(narrative.id, narrative);
            narrative.queuedDeadline = Long.MAX_VALUE;
            reindex(narrative, true);
        }
        see(narrative, time);
        saveCounters();
        return narrative;
    }

    /** The narrative with exactly this id (the live instance when it is open), or null. */
    public NarrativeState find(String id) {
        NarrativeState state = open.get(id);
        return state != null ? state : repository.load(id);
    }

    /** Follows merges to the narrative that now holds a post of {@code id}, or null when unknown. */
    public NarrativeState resolve(String id) {
        NarrativeState state = open.containsKey(id) ? open.get(id) : repository.load(id);
        int hops = 0;
        while (state != null && state.isMerged() && hops++ < 64) {
            String next = state.mergedInto;
            state = open.containsKey(next) ? open.get(next) : repository.load(next);
        }
        return state;
    }

    /** True when the stream has moved far enough since the last pass; call {@link #maintain()} then. */
    public boolean maintenanceDue() {
        return posts - lastMaintenance >= settings.maintenanceEvery();
    }

    /**
     * Gives small narratives a second chance, merges converging ones and fades silent ones. The work is
     * proportional to what changed since the last pass (narratives that received posts, came of age for the second
     * chance or reached their fade deadline), not to the number of open narratives. Returns every narrative that
     * changed (absorbed, merged, grown or faded), already saved.
     */
    public List<NarrativeState> maintain() {
        lastMaintenance = posts;
        Map<String, NarrativeState> changed = new HashMap<>();
        Set<NarrativeState> due = new HashSet<>();
        // a narrative fades once silent for longer than it may be (deadline strictly before the clock)
        while (!deadlines.isEmpty() && deadlines.peek().at() < clock) {
            Deadline deadline = deadlines.poll();
            NarrativeState state = deadline.state();
            if (state.queuedDeadline >= deadline.at()) {
                // that was its earliest entry: the next change of its deadline must queue a new one (a due
                // narrative that absorbs a newer one below lives on, and would otherwise never fade)
                state.queuedDeadline = Long.MAX_VALUE;
            }
            if (!isOpen(state) || due.contains(state)) {
                continue;
            }
            if (state.isOpenAt(clock, settings)) {
                queueDeadline(state, true);
            } else {
                due.add(state);
            }
        }
        Set<NarrativeState> focus = new HashSet<>(due);
        long window = (long) SECOND_CHANCE_PASSES * settings.maintenanceEvery();
        while (!young.isEmpty() && posts - young.peek().createdAtDocument >= settings.absorbMinAgePosts() + window) {
            young.poll();
        }
        for (NarrativeState state : young) {
            if (posts - state.createdAtDocument < settings.absorbMinAgePosts()) {
                break;
            }
            if (isOpen(state) && state.posts <= settings.absorbMaxPosts()) {
                focus.add(state);
            }
        }
        for (String id : touched) {
            NarrativeState state = open.get(id);
            if (state != null) {
                focus.add(state);
            }
        }
        new NarrativeMerger(settings, this).run(focus, due, changed);
        List<NarrativeState> fading = new ArrayList<>(due);
        fading.sort(BY_SEQUENCE);
        for (NarrativeState state : fading) {
            if (isOpen(state) && !state.isOpenAt(clock, settings)) {
                state.status = NarrativeStatus.FADING;
                close(state);
                faded.remember(state, clock);
                changed.put(state.id, state);
            }
        }
        faded.forgetOld(clock);
        touched.clear();
        for (NarrativeState state : changed.values()) {
            repository.save(state);
        }
        saveCounters();
        List<NarrativeState> result = new ArrayList<>(changed.values());
        result.sort(BY_SEQUENCE);
        return result;
    }

    /** Folds {@code from} into {@code into}: centroid, counts, statistics and profile. */
    void merge(NarrativeState into, NarrativeState from) {
        List<String> keys = new ArrayList<>(from.terms.keySet());
        keys.sort(null);
        for (String key : keys) {
            TermEntry source = from.terms.get(key);
            TermEntry target = into.terms.get(key);
            if (target == null) {
                into.terms.put(key, new TermEntry(source.weight, source.posts));
                into.norm2 += source.weight * source.weight;
            } else {
                double before = target.weight;
                target.weight += source.weight;
                target.posts += source.posts;
                into.norm2 += target.weight * target.weight - before * before;
            }
        }
        into.members += from.members;
        into.posts += from.posts;
        into.amplification += from.amplification;
        into.similaritySum += from.similaritySum;
        into.similaritySquares += from.similaritySquares;
        into.similarityCount += from.similarityCount;
        into.firstSeen = Math.min(into.firstSeen, from.firstSeen);
        into.lastSeen = Math.max(into.lastSeen, from.lastSeen);
        into.profile.absorb(from.profile);
        into.prune(settings.centroidTerms(), settings.centroidTerms());
        from.status = NarrativeStatus.MERGED;
        from.mergedInto = into.id;
        close(from);
        reindex(into, true);
        updateStatus(into);
        queueDeadline(into, false);
    }

    /**
     * The recently faded narrative to revive for a post with these hashtags, or null: among the narratives one of
     * the hashtags was at the heart of, the one where it had the largest share (ties: the most recent, then the
     * older narrative).
     */
    private NarrativeState revivable(Collection<String> hashtags) {
        NarrativeState best = null;
        double bestShare = 0;
        long bestLast = Long.MIN_VALUE;
        for (String tag : hashtags) {
            for (String id : faded.under(tag, clock)) {
                NarrativeState state = repository.load(id);
                if (state == null || state.status != NarrativeStatus.FADING || open.containsKey(id)) {
                    continue;
                }
                double share = (double) state.profile.hashtags.get(tag) / Math.max(1, state.posts);
                if (best == null || share > bestShare || (share == bestShare && (state.lastSeen > bestLast
                        || (state.lastSeen == bestLast && state.sequence < best.sequence)))) {
                    best = state;
                    bestShare = share;
                    bestLast = state.lastSeen;
                }
            }
        }
        return best;
    }

    /**
     * The faded narrative a post would have joined were it open, among those it may still revive by words: the one
     * whose own join threshold it clears by the widest margin (ties: the older narrative), or null.
     */
    private NarrativeState revivableByWords(PostFeatures features, double[] weights) {
        NarrativeState best = null;
        double bestMargin = 0;
        for (String id : faded.sharing(features.terms(), clock)) {
            NarrativeState state = repository.load(id);
            if (state == null || state.status != NarrativeStatus.FADING || open.containsKey(id)) {
                continue;
            }
            double margin = state.similarity(features.terms(), weights) - state.joinThreshold(settings);
            if (margin >= 0 && (best == null || margin > bestMargin
                    || (margin == bestMargin && state.sequence < best.sequence))) {
                best = state;
                bestMargin = margin;
            }
        }
        return best;
    }

    /** Open narratives indexed under any of these terms, except {@code self}, in sequence order. */
    List<NarrativeState> neighbours(NarrativeState self) {
        Set<String> ids = new HashSet<>();
        for (String term : self.indexed) {
            Set<String> postings = index.get(term);
            if (postings != null) {
                ids.addAll(postings);
            }
        }
        ids.remove(self.id);
        List<NarrativeState> states = new ArrayList<>(ids.size());
        for (String id : ids) {
            states.add(open.get(id));
        }
        states.sort(BY_SEQUENCE);
        return states;
    }

    /** False once the narrative has been silent too long, even before maintenance marks it fading. */
    boolean stillOpen(NarrativeState state) {
        return state.isOpenAt(clock, settings);
    }

    /**
     * True when this very instance is the open narrative of its id. A narrative that faded and was revived by a
     * repost is a new instance (loaded from the store); queues may still hold the old one, which must never act for
     * it: closing the old instance would drop the live one from the open set and leave its terms in the index, and
     * saving it would overwrite the live narrative's newer counts.
     */
    boolean isOpen(NarrativeState state) {
        return open.get(state.id) == state;
    }

    long posts() {
        return posts;
    }

    public ClusterCounters counters() {
        return new ClusterCounters(statistics.documents(), posts, nextSequence, clock, lastMaintenance);
    }

    public TermStatistics statistics() {
        return statistics;
    }

    public int openCount() {
        return open.size();
    }

    private double[] weights(PostFeatures features) {
        String[] terms = features.terms();
        double[] weights = new double[terms.length];
        double norm = 0;
        for (int i = 0; i < terms.length; i++) {
            weights[i] = (1 + Math.log(features.counts()[i])) * statistics.idf(terms[i]);
            norm += weights[i] * weights[i];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= norm;
            }
        }
        return weights;
    }

    private NarrativeState create(long time) {
        long sequence = nextSequence++;
        NarrativeState state = new NarrativeState(String.format("n-%08d", sequence), sequence, posts, time);
        open.put(state.id, state);
        young.add(state);
        return state;
    }

    private void advance(long time) {
        if (time > clock) {
            clock = time;
        }
    }

    private void see(NarrativeState narrative, long time) {
        if (narrative.posts == 1 || time < narrative.firstSeen) {
            narrative.firstSeen = Math.min(narrative.firstSeen, time);
        }
        narrative.lastSeen = Math.max(narrative.lastSeen, time);
        touched.add(narrative.id);
        updateStatus(narrative);
        if (isOpen(narrative)) {
            queueDeadline(narrative, false);
        }
    }

    /**
     * Keeps at least one queued deadline at or before the narrative's real one: a new entry when the deadline moved
     * earlier (or always, when {@code force}); later deadlines are corrected when their entry is popped.
     */
    private void queueDeadline(NarrativeState narrative, boolean force) {
        long at = narrative.lastSeen + narrative.fadeAfter(settings);
        if (force || at < narrative.queuedDeadline) {
            deadlines.add(new Deadline(at, narrative.sequence, narrative));
            narrative.queuedDeadline = at;
        }
    }

    private void updateStatus(NarrativeState narrative) {
        if (narrative.isMerged()) {
            return;
        }
        boolean young = narrative.lastSeen - narrative.firstSeen < EMERGING_MILLIS;
        narrative.status = young && narrative.posts < EMERGING_POSTS ? NarrativeStatus.EMERGING
                : NarrativeStatus.ACTIVE;
    }

    private void close(NarrativeState state) {
        if (!isOpen(state)) {
            return;
        }
        open.remove(state.id);
        for (String term : state.indexed) {
            Set<String> postings = index.get(term);
            if (postings != null) {
                postings.remove(state.id);
                if (postings.isEmpty()) {
                    index.remove(term);
                }
            }
        }
    }

    private void reindex(NarrativeState narrative, boolean force) {
        if (!isOpen(narrative)) {
            return;
        }
        if (!force && narrative.members > 32 && narrative.members % 4 != 0) {
            return;
        }
        String[] next = narrative.topTerms(settings.indexTerms()).toArray(new String[0]);
        Set<String> nextSet = Set.of(next);
        for (String term : narrative.indexed) {
            if (!nextSet.contains(term)) {
                Set<String> postings = index.get(term);
                if (postings != null) {
                    postings.remove(narrative.id);
                    if (postings.isEmpty()) {
                        index.remove(term);
                    }
                }
            }
        }
        for (String term : next) {
            index.computeIfAbsent(term, t -> new HashSet<>()).add(narrative.id);
        }
        narrative.indexed = next;
    }

    private void saveCounters() {
        repository.saveCounters(counters());
    }
}
