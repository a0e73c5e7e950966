package org.bellwether.collectors;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bellwether.collectors.bluesky.JetstreamCollector;
import org.bellwether.collectors.mastodon.MastodonStreamCollector;
import org.bellwether.collectors.mastodon.MastodonTimeline;
import org.bellwether.collectors.mastodon.MastodonTimelineCollector;
import org.bellwether.collectors.rss.FeedCollector;
import org.bellwether.collectors.rss.FeedSettings;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorMetrics;
import org.bellwether.ingest.CollectorSink;
import org.bellwether.ingest.PollingSource;
import org.bellwether.ingest.RecentKeys;
import org.bellwether.ingest.SourceScheduler;
import org.bellwether.ingest.watchlist.Watchlist;
import org.bellwether.ingest.watchlist.WatchlistFilter;
import org.bellwether.ingest.watchlist.WatchlistRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the live sources the watchlist names and keeps them in step with it: when the watchlist changes, sources
 * that left are stopped, new ones started and changed ones restarted, each from its checkpoint; the keyword filter
 * of the broad streams follows the watchlist at once. Feeds and Mastodon REST timelines are polled by a
 * {@link SourceScheduler}; Mastodon streams and Jetstream run on their own threads. Thread-safe.
 */
public final class LiveCollectors implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveCollectors.class);

    private final WatchlistRegistry registry;
    private final CollectorSink sink;
    private final CheckpointStore checkpoints;
    private final CollectorMetrics metrics;
    private final HttpClient http;
    private final Clock clock;
    private final SourceScheduler scheduler;
    private final Map<String, Object> polled = new HashMap<>();
    private final Map<String, Running> threads = new HashMap<>();
    private final Map<String, RecentKeys> recentByInstance = new HashMap<>();
    private boolean closed;

    private record Running(Object config, AutoCloseable source, Thread thread) {
    }

    public LiveCollectors(WatchlistRegistry registry, CollectorSink sink, CheckpointStore checkpoints,
                          CollectorMetrics metrics, HttpClient http, Clock clock) {
        this.registry = registry;
        this.sink = sink;
        this.checkpoints = checkpoints;
        this.metrics = metrics;
        this.http = http;
        this.clock = clock;
        this.scheduler = new SourceScheduler(4, metrics);
    }

    /** Starts the sources of the current watchlist and follows its changes. */
    public LiveCollectors start() {
        registry.onChange(version -> apply(version.watchlist()));
        apply(registry.current());
        return this;
    }

    /** Names of the sources running now. */
    public synchronized Set<String> running() {
        Set<String> names = new HashSet<>(polled.keySet());
        names.addAll(threads.keySet());
        return names;
    }

    synchronized void apply(Watchlist watchlist) {
        if (closed) {
            return;
        }
        Map<String, Object> wantedPolled = new HashMap<>();
        Map<String, Object> wantedThreads = new HashMap<>();
        for (Watchlist.Feed feed : watchlist.feeds()) {
            wantedPolled.put("rss:" + feed.name(), feed);
        }
        for (Watchlist.Mastodon instance : watchlist.mastodon()) {
            for (String timeline : instance.timelines()) {
                wantedPolled.put(MastodonTimelineCollector.sourceKey(instance.host(), new MastodonTimeline(timeline)),
                        new Object[] {instance, timeline});
            }
            for (String stream : instance.streams()) {
                wantedThreads.put("mastodon:" + instance.host() + ":stream:" + stream,
                        java.util.List.of(instance, stream));
            }
        }
        if (watchlist.bluesky() != null) {
            wantedThreads.put(JetstreamCollector.SOURCE_KEY, watchlist.bluesky());
        }
        for (String name : Set.copyOf(polled.keySet())) {
            if (!same(polled.get(name), wantedPolled.get(name))) {
                scheduler.stop(name);
                polled.remove(name);
                LOG.info("stopped {}", name);
            }
        }
        for (String name : Set.copyOf(threads.keySet())) {
            if (!same(threads.get(name).config(), wantedThreads.get(name))) {
                stopThread(name);
            }
        }
        wantedPolled.forEach((name, config) -> {
            if (!polled.containsKey(name)) {
                scheduler.start(pollingSource(name, config));
                polled.put(name, config);
                LOG.info("started {}", name);
            }
        });
        wantedThreads.forEach((name, config) -> {
            if (!threads.containsKey(name)) {
                startThread(name, config);
            }
        });
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Object[] left && b instanceof Object[] right) {
            return java.util.Arrays.equals(left, right);
        }
        return a != null && a.equals(b);
    }

    private PollingSource pollingSource(String name, Object config) {
        if (config instanceof Watchlist.Feed feed) {
            return new FeedCollector(new FeedSettings(feed.name(), feed.url(), feed.intervalOrDefault()), http, sink,
                    checkpoints, metrics.counters(name), clock, WatchlistFilter.ALL);
        }
        Object[] pair = (Object[]) config;
        Watchlist.Mastodon instance = (Watchlist.Mastodon) pair[0];
        MastodonTimeline timeline = new MastodonTimeline((String) pair[1]);
        return new MastodonTimelineCollector(instance.instance(), instance.host(), timeline, instance.accessToken(),
                instance.intervalOrDefault(), http, sink, checkpoints, metrics.counters(name),
                recent(instance.host()), registry.filter(), clock, name);
    }

    private void startThread(String name, Object config) {
        AutoCloseable source;
        Runnable runnable;
        if (config instanceof Watchlist.Bluesky bluesky) {
            JetstreamCollector jetstream = new JetstreamCollector(bluesky.endpoint(), bluesky.dids(),
                    bluesky.filter() ? registry.filter() : WatchlistFilter.ALL, Duration.ofSeconds(2), http, sink,
                    checkpoints, metrics.counters(name), metrics.breaker(name), clock);
            source = jetstream;
            runnable = jetstream;
        } else {
            java.util.List<?> pair = (java.util.List<?>) config;
            Watchlist.Mastodon instance = (Watchlist.Mastodon) pair.get(0);
            MastodonTimeline timeline = new MastodonTimeline((String) pair.get(1));
            MastodonTimelineCollector rest = new MastodonTimelineCollector(instance.instance(), instance.host(),
                    timeline, instance.accessToken(), instance.intervalOrDefault(), http, sink, checkpoints,
                    metrics.counters(name), recent(instance.host()), registry.filter(), clock, name);
            MastodonStreamCollector stream = new MastodonStreamCollector(instance.instance(), timeline,
                    instance.accessToken(), http, sink, metrics.counters(name), metrics.breaker(name), rest, clock);
            source = stream;
            runnable = stream;
        }
        Thread thread = new Thread(runnable, "collector-" + name);
        thread.setDaemon(true);
        thread.start();
        threads.put(name, new Running(config, source, thread));
        LOG.info("started {}", name);
    }

    private void stopThread(String name) {
        Running running = threads.remove(name);
        if (running == null) {
            return;
        }
        try {
            running.source().close();
            running.thread().join(10_000);
        } catch (Exception e) {
            LOG.warn("stopping {}: {}", name, e.toString());
        }
        LOG.info("stopped {}", name);
    }

    private RecentKeys recent(String host) {
        return recentByInstance.computeIfAbsent(host, h -> new RecentKeys(50_000));
    }

    @Override
    public synchronized void close() {
        closed = true;
        scheduler.close();
        polled.clear();
        for (String name : Set.copyOf(threads.keySet())) {
            stopThread(name);
        }
    }
}
