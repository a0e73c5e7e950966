package org.bellwether.ingest.watchlist;

/** Decides whether a post from a broad stream is worth keeping. Implementations are thread-safe. */
@FunctionalInterface
public interface WatchlistFilter {
    /** Keeps everything: for sources that were chosen on purpose (a feed, a hashtag timeline). */
    WatchlistFilter ALL = text -> true;

    boolean accepts(String text);
}
