package org.bellwether.collectors.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A generated scenario: posts in time order, tips, and the settings that made them.
 */
public record Scenario(DemoSettings settings, List<DemoPost> posts, List<DemoTip> tips) {

    public Scenario {
        posts = List.copyOf(posts);
        tips = List.copyOf(tips);
    }

    /** One step of the stream: a post or a tip. */
    public record Event(Instant at, DemoPost post, DemoTip tip) {
    }

    /** Posts and tips merged in time order (ties: posts first, then by id): the order the streamer sends. */
    public List<Event> events() {
        List<Event> events = new ArrayList<>(posts.size() + tips.size());
        posts.forEach(p -> events.add(new Event(p.post().createdAt(), p, null)));
        tips.forEach(t -> events.add(new Event(t.receivedAt(), null, t)));
        events.sort(Comparator.comparing(Event::at).thenComparing(e -> e.post() == null ? 1 : 0)
                .thenComparing(e -> e.post() != null ? e.post().post().sourceId() : e.tip().tipId()));
        return events;
    }

    /** Posts of one storyline. */
    public List<DemoPost> storyline(String id) {
        return posts.stream().filter(p -> p.storyline().equals(id)).toList();
    }
}
