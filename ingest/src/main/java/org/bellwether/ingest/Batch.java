package org.bellwether.ingest;

import java.util.List;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.bellwether.model.Tip;

/**
 * What one step of a collector produced: posts, tips and rejected records, written together with the position
 * that follows them.
 */
public record Batch(List<RawPost> posts, List<Tip> tips, List<DeadLetter> deadLetters) {
    public static final Batch EMPTY = new Batch(List.of(), List.of(), List.of());

    public Batch {
        posts = List.copyOf(posts);
        tips = List.copyOf(tips);
        deadLetters = List.copyOf(deadLetters);
    }

    public static Batch of(RawPost post) {
        return new Batch(List.of(post), List.of(), List.of());
    }

    public static Batch of(Tip tip) {
        return new Batch(List.of(), List.of(tip), List.of());
    }

    public static Batch of(DeadLetter deadLetter) {
        return new Batch(List.of(), List.of(), List.of(deadLetter));
    }

    public static Batch posts(List<RawPost> posts) {
        return new Batch(posts, List.of(), List.of());
    }

    public int size() {
        return posts.size() + tips.size() + deadLetters.size();
    }
}
