package org.bellwether.ingest.watchlist;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watchlist in force in this process. The api calls {@link #update} when an admin edits it (or
 * {@link WatchlistSync} does when another process did); collectors read {@link #current()} or {@link #filter()}
 * at every decision and {@link #onChange listeners} start and stop sources, so changes apply without a restart.
 * Thread-safe.
 */
public final class WatchlistRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(WatchlistRegistry.class);

    /** A watchlist version with who set it and when. */
    public record Version(Watchlist watchlist, String yaml, String updatedBy, Instant updatedAt) {
    }

    private final AtomicReference<Version> current;
    private final AtomicReference<TermMatcher> matcher;
    private final List<Consumer<Version>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    public WatchlistRegistry(Watchlist initial, Clock clock) {
        this.clock = clock;
        this.current = new AtomicReference<>(new Version(initial, WatchlistYaml.write(initial), "config",
                clock.instant()));
        this.matcher = new AtomicReference<>(new TermMatcher(initial));
    }

    public Watchlist current() {
        return current.get().watchlist();
    }

    public Version version() {
        return current.get();
    }

    /** A filter that always uses the watchlist in force at the moment it is asked. */
    public WatchlistFilter filter() {
        return text -> matcher.get().accepts(text);
    }

    /**
     * Validates and applies a YAML watchlist, then tells the listeners.
     *
     * @throws IllegalArgumentException when the YAML is not a valid watchlist (nothing changes)
     */
    public Version update(String yaml, String updatedBy) {
        Watchlist parsed = WatchlistYaml.parse(yaml);
        return apply(new Version(parsed, yaml, updatedBy, clock.instant()));
    }

    /** Applies a version (from another process); older or equal versions than the current one are ignored. */
    public Version apply(Version version) {
        Version previous = current.get();
        if (previous.updatedAt().isAfter(version.updatedAt())
                || previous.updatedAt().equals(version.updatedAt()) && previous.yaml().equals(version.yaml())) {
            return previous;
        }
        current.set(version);
        matcher.set(new TermMatcher(version.watchlist()));
        LOG.info("watchlist updated by {}: {} feeds, {} Mastodon instances, bluesky {}, {} hashtags, {} keywords",
                version.updatedBy(), version.watchlist().feeds().size(), version.watchlist().mastodon().size(),
                version.watchlist().bluesky() == null ? "off" : "on", version.watchlist().hashtags().size(),
                version.watchlist().keywords().size());
        for (Consumer<Version> listener : listeners) {
            try {
                listener.accept(version);
            } catch (RuntimeException e) {
                LOG.error("watchlist listener failed: {}", e.toString());
            }
        }
        return version;
    }

    public void onChange(Consumer<Version> listener) {
        listeners.add(listener);
    }
}
