package org.bellwether.collectors.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.bellwether.ingest.Batch;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorSink;
import org.bellwether.collectors.Pacer;
import org.bellwether.ingest.SinkFailedException;
import org.bellwether.model.TipContact;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Tip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a demo scenario into {@code posts.raw} and {@code tips.raw} at a steady rate, as {@code dev} mode does.
 * Timestamps are re-based so the scenario ends at the moment the first run started (its anchor, kept in the
 * checkpoint with the index of the next event): the dashboard shows three days of history that "just happened".
 * A second run resumes after the last committed event; a finished scenario sends nothing more.
 * Tip contacts are sealed with the given cipher before they are handed to the sink.
 * Run it on its own thread; {@link #close()} stops it and waits for the current event to finish.
 */
public final class DemoStreamer implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoStreamer.class);

    private final Scenario scenario;
    private final CollectorSink sink;
    private final CheckpointStore checkpoints;
    private final ContactCipher cipher;
    private final double eventsPerSecond;
    private final boolean rebase;
    private final Clock clock;
    private final CollectorCounters counters;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean stopped;
    private volatile boolean finished;
    private volatile Thread runner;
    private volatile Duration shift;

    /**
     * @param scenario        what to stream ({@link DemoScenario#generate})
     * @param sink            where to
     * @param checkpoints     positions loaded at start
     * @param cipher          seals tipster contacts
     * @param eventsPerSecond at most this many posts and tips per second; 0 for no limit
     * @param rebase          true to move timestamps by whole hours so the scenario ends within the hour before now;
     *                        false to keep the scenario's times
     * @param clock           wall clock
     * @param counters        counts posts and tips collected
     */
    public DemoStreamer(Scenario scenario, CollectorSink sink, CheckpointStore checkpoints, ContactCipher cipher,
                        double eventsPerSecond, boolean rebase, Clock clock, CollectorCounters counters) {
        this.scenario = scenario;
        this.sink = sink;
        this.checkpoints = checkpoints;
        this.cipher = cipher;
        this.eventsPerSecond = eventsPerSecond;
        this.rebase = rebase;
        this.clock = clock;
        this.counters = counters;
    }

    /** The checkpoint key of this scenario: {@code demo:<seed>}. */
    public String sourceKey() {
        return "demo:" + scenario.settings().seed();
    }

    public CollectorCounters counters() {
        return counters;
    }

    /**
     * How far the scenario's times are moved (stream time = scenario time + shift), once the stream has started;
     * null before. A resumed stream keeps the shift of its first run.
     */
    public Duration shift() {
        return shift;
    }

    /** True once every event was sent and committed. */
    public boolean finished() {
        return finished;
    }

    @Override
    public void run() {
        runner = Thread.currentThread();
        try {
            stream();
        } catch (SinkFailedException e) {
            LOG.error("demo stream stopped: {}", e.getMessage());
        } finally {
            done.countDown();
        }
    }

    private void stream() {
        List<Scenario.Event> events = scenario.events();
        Map<String, String> saved = parse(checkpoints.position(sourceKey()).orElse(""));
        int next = Integer.parseInt(saved.getOrDefault("next", "0"));
        long shiftMillis;
        if (saved.containsKey("shift")) {
            shiftMillis = Long.parseLong(saved.get("shift"));
        } else {
            Instant scenarioEnd = scenario.settings().start().plus(scenario.settings().span());
            // whole hours: the scenario keeps its place in the hour, so its hourly volumes, bursts and alerts are
            // the same at every start (a shift of 20 minutes moves posts across hour boundaries and can change
            // which narratives an hourly rule flags); the stream then ends within the hour before now
            shiftMillis = rebase ? Duration.between(scenarioEnd, clock.instant()).truncatedTo(ChronoUnit.HOURS)
                    .toMillis() : 0;
        }
        shift = Duration.ofMillis(shiftMillis);
        if (next > 0) {
            LOG.info("demo scenario {} resumes at event {} of {}", scenario.settings().seed(), next, events.size());
        }
        Pacer pacer = new Pacer(eventsPerSecond);
        for (int i = next; i < events.size() && !stopped; i++) {
            if (!pacer.await()) {
                break;
            }
            Scenario.Event event = events.get(i);
            String position = "v1;next=" + (i + 1) + ";shift=" + shiftMillis + ";count=" + events.size();
            Instant now = clock.instant();
            if (event.post() != null) {
                RawPost post = shift(event.post().post(), shiftMillis, now);
                sink.emit(sourceKey(), position, Batch.of(post));
                counters.collected(); // scenario time: a lag would mean nothing
            } else {
                sink.emit(sourceKey(), position, Batch.of(tip(event.tip(), shiftMillis)));
                counters.collected();
            }
        }
        sink.flush();
        finished = !stopped;
        LOG.info("demo scenario {} {}: {}", scenario.settings().seed(), finished ? "complete" : "paused",
                counters.snapshot().line());
    }

    private static RawPost shift(RawPost post, long shiftMillis, Instant now) {
        Instant createdAt = post.createdAt().plusMillis(shiftMillis);
        return new RawPost(SchemaVersion.CURRENT, post.source(), post.sourceId(), post.url(), post.authorHandle(),
                post.text(), post.lang(), createdAt, now.isBefore(createdAt) ? createdAt : now, post.geo(),
                post.engagement(), post.repostOf());
    }

    private Tip tip(DemoTip tip, long shiftMillis) {
        return new Tip(SchemaVersion.CURRENT, tip.tipId(), tip.channel(), tip.text(), tip.urls(), tip.language(),
                tip.neighbourhood(), tip.receivedAt().plusMillis(shiftMillis),
                cipher.seal(tip.contact(), TipContact.PURPOSE), true);
    }

    private static Map<String, String> parse(String position) {
        Map<String, String> parts = new HashMap<>();
        if (!position.startsWith("v1;")) {
            return parts;
        }
        for (String part : position.substring(3).split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return parts;
    }

    /** Stops after the current event and waits (up to 30 s) for the stream to commit. */
    @Override
    public void close() {
        stopped = true;
        Thread thread = runner;
        if (thread == null) {
            return;
        }
        try {
            done.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
