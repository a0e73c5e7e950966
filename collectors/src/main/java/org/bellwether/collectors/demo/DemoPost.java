package org.bellwether.collectors.demo;

import org.bellwether.model.RawPost;

/**
 * A demo post with its ground truth.
 *
 * @param post          the post as a collector would write it (source {@code demo})
 * @param storyline     the storyline it belongs to ({@code chatter} for ordinary posts)
 * @param category      the harm category wire name, or null when not harmful
 * @param kind          {@code original}, {@code repost} or {@code near-duplicate}
 */
public record DemoPost(RawPost post, String storyline, String category, String kind) {
    public static final String CHATTER = "chatter";

    public boolean harmful() {
        return category != null;
    }
}
