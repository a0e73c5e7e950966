package org.bellwether.processor.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recently faded narratives, for the posts of a story that resurfaces after its narrative faded: under the hashtags
 * at their heart ({@link ClusteringSettings#reviveTagShare()}), and under the terms they were indexed under while
 * their silence is short enough to revive them by words ({@link ClusteringSettings#reviveSilence()}). Memory is
 * bounded by {@link ClusteringSettings#reviveWithin()}: older ones are forgotten. Derived data, rebuilt from the
 * stored narratives at restore. Not thread-safe.
 */
final class FadedNarratives {
    private final ClusteringSettings settings;
    private final Map<String, Set<String>> byTag = new HashMap<>();
    private final Map<String, Set<String>> byTerm = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    /** In the order they are forgotten; an entry replaced since is skipped when popped. */
    private final PriorityQueue<Entry> forgetting = new PriorityQueue<>();
    /** Entries under terms, in the order their revival by words ends (then they leave the term index). */
    private final PriorityQueue<Entry> wordsEnding = new PriorityQueue<>(
            Comparator.comparingLong(Entry::revivableUntil).thenComparingLong(Entry::sequence));

    /**
     * A faded narrative: its id, its last post's time, the hashtags at its heart, the terms it was indexed under and
     * the last moment a post may revive it by words.
     */
    record Entry(String id, long sequence, long lastSeen, String[] tags, String[] terms, long revivableUntil)
            implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(lastSeen, other.lastSeen);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    FadedNarratives(ClusteringSettings settings) {
        this.settings = settings;
    }

    /**
     * Remembers a narrative that faded, when it has at least {@code mergeTagMinPosts} posts and its last post is
     * recent enough: when reviving by hashtags is on, under every hashtag on at least {@code reviveTagShare} of its
     * posts except the place tags (a post naming the city is no sign of the story coming back); when reviving by
     * words is on, under the terms it was indexed under, until it has been silent for {@code reviveSilence} times the
     * silence it was allowed.
     */
    void remember(NarrativeState state, long clock) {
        if (state.posts < settings.mergeTagMinPosts() || !recent(state.lastSeen, clock)) {
            return;
        }
        List<String> tags = new ArrayList<>();
        if (settings.reviveTagShare() <= 1) {
            for (Map.Entry<String, Long> tag : state.profile.hashtags.sorted()) {
                if (tag.getValue() >= settings.reviveTagShare() * state.posts
                        && !settings.placeTags().contains(tag.getKey())) {
                    tags.add(tag.getKey());
                }
            }
        }
        long until = state.lastSeen + (long) (settings.reviveSilence() * state.fadeAfter(settings));
        boolean byWords = settings.reviveSilence() > 1 && until >= clock;
        if (tags.isEmpty() && !byWords) {
            return;
        }
        forget(state.id);
        Entry entry = new Entry(state.id, state.sequence, state.lastSeen, tags.toArray(new String[0]),
                byWords ? state.indexed.clone() : new String[0], until);
        byId.put(state.id, entry);
        forgetting.add(entry);
        index(byTag, entry.tags(), state.id);
        index(byTerm, entry.terms(), state.id);
        if (entry.terms().length > 0) {
            wordsEnding.add(entry);
        }
    }

    /** Ids of the remembered narratives with this hashtag at their heart whose last post is recent enough. */
    List<String> under(String tag, long clock) {
        List<String> result = new ArrayList<>();
        Set<String> ids = byTag.get(tag);
        if (ids != null) {
            for (String id : ids) {
                if (recent(byId.get(id).lastSeen(), clock)) {
                    result.add(id);
                }
            }
        }
        return result;
    }

    /**
     * Ids of the remembered narratives indexed under any of these terms that a post may still revive by words, in id
     * order.
     */
    List<String> sharing(String[] terms, long clock) {
        Set<String> result = new TreeSet<>();
        for (String term : terms) {
            Set<String> ids = byTerm.get(term);
            if (ids != null) {
                for (String id : ids) {
                    Entry entry = byId.get(id);
                    if (clock <= entry.revivableUntil() && recent(entry.lastSeen(), clock)) {
                        result.add(id);
                    }
                }
            }
        }
        return new ArrayList<>(result);
    }

    /** Drops a narrative (revived, or too old). */
    void forget(String id) {
        Entry entry = byId.remove(id);
        if (entry == null) {
            return;
        }
        unindex(byTag, entry.tags(), id);
        unindex(byTerm, entry.terms(), id);
    }

    /**
     * Forgets every narrative whose last post is older than the revival window, and takes out of the term index every
     * narrative no longer revivable by words.
     */
    void forgetOld(long clock) {
        while (!wordsEnding.isEmpty() && wordsEnding.peek().revivableUntil() < clock) {
            Entry ended = wordsEnding.poll();
            if (byId.get(ended.id()) == ended) {
                unindex(byTerm, ended.terms(), ended.id());
            }
        }
        while (!forgetting.isEmpty() && !recent(forgetting.peek().lastSeen(), clock)) {
            Entry old = forgetting.poll();
            if (byId.get(old.id()) == old) {
                forget(old.id());
            }
        }
    }

    private boolean recent(long lastSeen, long clock) {
        return clock - lastSeen <= settings.reviveWithin().toMillis();
    }

    private static void index(Map<String, Set<String>> index, String[] keys, String id) {
        for (String key : keys) {
            index.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
        }
    }

    private static void unindex(Map<String, Set<String>> index, String[] keys, String id) {
        for (String key : keys) {
            Set<String> ids = index.get(key);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    index.remove(key);
                }
            }
        }
    }
}
