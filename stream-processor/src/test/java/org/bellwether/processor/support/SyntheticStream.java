package org.bellwether.processor.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bellwether.model.RawPost;

/**
 * A seeded stream of posts about a few stories: each post takes four of its story's eight words plus one filler
 * word, so posts of one story resemble each other and not the others. Authors repeat now and then.
 */
public final class SyntheticStream {
    private static final String[][] STORIES = {
        {"bridge", "closed", "river", "crack", "engineers", "inspection", "traffic", "detour"},
        {"festival", "music", "park", "tickets", "stage", "lineup", "saturday", "crowd"},
        {"vaccine", "clinic", "hoax", "microchip", "injection", "poison", "children", "spreading"},
        {"election", "ballots", "mayor", "count", "polling", "stolen", "station", "votes"},
        {"flood", "water", "rain", "basement", "pumps", "storm", "sandbags", "warning"},
    };
    private static final String[] FILLER = {"today", "again", "really", "everyone", "news", "city", "people",
        "morning", "tonight", "update"};

    private SyntheticStream() {
    }

    /** {@code count} posts a minute apart from {@code start}; the story of post i is returned by {@link #story}. */
    public static List<RawPost> posts(int count, Instant start, long seed) {
        Random random = new Random(seed);
        List<RawPost> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] words = STORIES[story(i)];
            List<String> chosen = new ArrayList<>(List.of(words));
            java.util.Collections.shuffle(chosen, random);
            String text = String.join(" ", chosen.subList(0, 4)) + " " + FILLER[random.nextInt(FILLER.length)];
            posts.add(TopologyFixture.post("s" + i, "author" + random.nextInt(40), text,
                    start.plus(Duration.ofMinutes(i)), null, null));
        }
        return posts;
    }

    public static int story(int index) {
        return (index * 7 + index / 3) % STORIES.length;
    }
}
