package org.bellwether.processor.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recently faded narratives under the hashtags at their heart ({@link ClusteringSettings#reviveTagShare()}), for the
 * posts of a story that resurfaces after its narrative faded. Memory is bounded by
 * {@link ClusteringSettings#reviveWithin()}: older ones are forgotten. Derived data, rebuilt from the stored narratives
 * at restore. Not thread-safe.
 */
final class FadedNarratives {
    private final ClusteringSettings settings;
    private final Map<String, Set<String>> byTag = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    /** In the order they are forgotten; an entry replaced since is skipped when popped. */
    private final PriorityQueue<Entry> forgetting = new PriorityQueue<>();

    /** A faded narrative: its id, its last post's time and the hashtags at its heart. */
    record Entry(String id, long sequence, long lastSeen, String[] tags) implements Comparable<Entry> {
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
     * Remembers a narrative that faded, under every hashtag on at least {@code reviveTagShare} of its posts except
     * the place tags (a post naming the city is no sign of the story coming back), when
     * reviving is on, it has at least {@code mergeTagMinPosts} posts and its last post is recent enough.
     */
    void remember(NarrativeState state, long clock) {
        if (settings.reviveTagShare() > 1 || state.posts < settings.mergeTagMinPosts()
                || !recent(state.lastSeen, clock)) {
            return;
        }
        List<String> tags = new ArrayList<>();
        for (Map.Entry<String, Long> tag : state.profile.hashtags.sorted()) {
            if (tag.getValue() >= settings.reviveTagShare() * state.posts
                    && !settings.placeTags().contains(tag.getKey())) {
                tags.add(tag.getKey());
            }
        }
        if (tags.isEmpty()) {
            return;
        }
        forget(state.id);
        Entry entry = new Entry(state.id, state.sequence, state.lastSeen, tags.toArray(new String[0]));
        byId.put(state.id, entry);
        forgetting.add(entry);
        for (String tag : entry.tags()) {
            byTag.computeIfAbsent(tag, t -> new TreeSet<>()).add(state.id);
        }
    }

    /** Ids of the remembered narratives with this hashtag at their heart whose last post is recent enough. */
    List<String> under(String tag, long clock) {
        Set<String> ids = byTag.get(tag);
        List<String> result = new ArrayList<>();
        if (ids != null) {
            for (String id : ids) {
                if (recent(byId.get(id).lastSeen(), clock)) {
                    result.add(id);
                }
            }
        }
        return result;
    }

    /** Drops a narrative (revived, or too old). */
    void forget(String id) {
        Entry entry = byId.remove(id);
        if (entry == null) {
            return;
        }
        for (String tag : entry.tags()) {
            Set<String> ids = byTag.get(tag);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    byTag.remove(tag);
                }
            }
        }
    }

    /** Forgets every narrative whose last post is older than the revival window. */
    void forgetOld(long clock) {
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
}
