package org.bellwether.tools.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.collectors.demo.DemoPost;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.model.RawPost;

/**
 * Posts for benchmarks: the demo city's scenario (chatter plus harmful storylines in four languages), repeated with
 * further seeds until there are enough, each with a unique id. Times are set when a post is sent.
 */
final class BenchPosts {
    private final List<RawPost> templates;

    private BenchPosts(List<RawPost> templates) {
        this.templates = templates;
    }

    static BenchPosts atLeast(int count) {
        List<RawPost> posts = new ArrayList<>();
        for (long seed = 1; posts.size() < count; seed++) {
            for (DemoPost demo : DemoScenario.generate(DemoSettings.defaults(seed)).posts()) {
                posts.add(demo.post());
            }
        }
        return new BenchPosts(posts);
    }

    /**
     * The i-th post, created and collected at {@code at}, with an id unique in the run; a repost points at its
     * original within the same pass over the templates.
     */
    RawPost post(String run, int i, Instant at) {
        RawPost template = templates.get(i % templates.size());
        String pass = run + "-" + (i / templates.size()) + "-";
        String repostOf = template.repostOf() == null ? null
                : "bench:" + pass + template.repostOf().substring(template.repostOf().indexOf(':') + 1);
        return new RawPost(template.schemaVersion(), "bench", pass + template.sourceId(), template.url(),
                template.authorHandle(), template.text(), template.lang(), at, at, template.geo(),
                template.engagement(), repostOf);
    }

    /**
     * The i-th seed post: three words no other post uses, so that it starts a narrative of its own that nothing else
     * joins, and stays open while the measured posts run (to measure the cost per post with many live narratives).
     */
    RawPost seed(int i, Instant at) {
        String word = Integer.toString(i, 26).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + c - '0' : c + 10)))
                .reduce("", String::concat);
        String text = "zq" + word + "x zq" + word + "y zq" + word + "z";
        return new RawPost(templates.get(0).schemaVersion(), "bench", "seed-" + i, null, "seed" + i, text, "en", at,
                at, null, null, null);
    }
}
