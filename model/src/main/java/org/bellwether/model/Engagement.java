package org.bellwether.model;

/** Public engagement counts at collection time; a proxy for reach, never a profile of a person. */
public record Engagement(long likes, long reposts, long replies) {
    public static final Engagement NONE = new Engagement(0, 0, 0);

    /** Total interactions, used as the reach signal. */
    public long total() {
        return likes + reposts + replies;
    }
}
