package org.bellwether.collectors.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.bellwether.ingest.Backoff;
import org.bellwether.ingest.Batch;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CircuitBreaker;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorSink;
import org.bellwether.collectors.HttpSupport;
import org.bellwether.ingest.RecentKeys;
import org.bellwether.ingest.SinkFailedException;
import org.bellwether.ingest.watchlist.WatchlistFilter;
import org.bellwether.collectors.Sleeper;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes to Bluesky Jetstream for {@code app.bsky.feed.post} (optionally only some DIDs, optionally only
 * posts matching the watchlist). Resumes from the saved cursor minus a small rewind (default 2 s), because
 * Jetstream instances may order events slightly differently around the cursor; events already written before
 * the restart (before the cursor, or at it with a remembered key) and events delivered twice (a bounded memory of
 * recent keys) are counted as duplicates and dropped. Every event moves the checkpoint, written atomically with
 * the post it produced. Back-pressure: one message is requested at a time and handled before the next, so a slow
 * Kafka slows the socket instead of filling memory. Reconnects with backoff behind a circuit breaker.
 * Run on its own thread; {@link #close()} stops it.
 */
public final class JetstreamCollector implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JetstreamCollector.class);
    public static final String SOURCE_KEY = "bluesky:jetstream";
    private static final int MAX_MESSAGE_CHARS = 1 << 20;

    private final URI endpoint;
    private final List<String> dids;
    private final WatchlistFilter filter;
    private final Duration rewind;
    private final HttpClient http;
    private final CollectorSink sink;
    private final CollectorCounters counters;
    private final CircuitBreaker breaker;
    private final Clock clock;
    private final RecentKeys recent = new RecentKeys(100_000);
    private final JetstreamPosition resumedFrom;
    private long cursor;
    private final List<String> keysAtCursor = new ArrayList<>();
    private final Sleeper sleeper = Sleeper.system();
    private volatile boolean closed;
    private volatile WebSocket socket;
    private volatile boolean connected;

    public JetstreamCollector(URI endpoint, List<String> dids, WatchlistFilter filter, Duration rewind,
                              HttpClient http, CollectorSink sink, CheckpointStore checkpoints,
                              CollectorCounters counters, CircuitBreaker breaker, Clock clock) {
        this.endpoint = endpoint;
        this.dids = List.copyOf(dids);
        this.filter = filter;
        this.rewind = rewind;
        this.http = http;
        this.sink = sink;
        this.counters = counters;
        this.breaker = breaker;
        this.clock = clock;
        this.resumedFrom = JetstreamPosition.parse(checkpoints.position(SOURCE_KEY).orElse(null));
        this.cursor = resumedFrom.cursor();
        this.keysAtCursor.addAll(resumedFrom.keysAtCursor());
    }

    public boolean connected() {
        return connected;
    }

    /** The subscribe URL for the next connection: collection, DIDs and cursor minus the rewind. */
    URI subscribeUri() {
        StringBuilder query = new StringBuilder("wantedCollections=").append(JetstreamEvents.POST_COLLECTION);
        for (String did : dids) {
            query.append("&wantedDids=").append(URLEncoder.encode(did, StandardCharsets.UTF_8));
        }
        long from;
        synchronized (this) {
            from = cursor;
        }
        if (from > 0) {
            query.append("&cursor=").append(Math.max(0, from - rewind.toNanos() / 1_000));
        }
        String base = endpoint.toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + query);
    }

    @Override
    public void run() {
        Backoff backoff = Backoff.standard();
        while (!closed) {
            if (!breaker.allows()) {
                pause(breaker.remainingOpen());
                continue;
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            try {
                socket = http.newWebSocketBuilder().header("User-Agent", HttpSupport.USER_AGENT)
                        .connectTimeout(Duration.ofSeconds(15))
                        .buildAsync(subscribeUri(), new Listener(done)).get(30, TimeUnit.SECONDS);
                connected = true;
                breaker.success();
                backoff.reset();
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof SinkFailedException) {
                    counters.error("sink: " + cause.getMessage());
                    LOG.error("jetstream: sink failed, stream stopped");
                    return;
                }
                if (!closed) {
                    breaker.failure();
                    counters.error(cause.toString());
                    LOG.warn("jetstream: {}", cause.toString());
                }
            } finally {
                connected = false;
            }
            if (!closed) {
                pause(backoff.next());
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final CompletableFuture<Void> done;
        private final StringBuilder message = new StringBuilder();

        Listener(CompletableFuture<Void> done) {
            this.done = done;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (message.length() + data.length() <= MAX_MESSAGE_CHARS) {
                message.append(data);
            }
            if (last) {
                String text = message.toString();
                message.setLength(0);
                try {
                    handle(text);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                    webSocket.abort();
                    return null;
                }
            }
            if (!closed) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            done.complete(null);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            done.completeExceptionally(error);
        }
    }

    /** Handles one message; package-private for the tests. */
    void handle(String text) {
        Instant now = clock.instant();
        JsonNode event;
        try {
            event = Json.mapper().readTree(text);
        } catch (IOException e) {
            event = null;
        }
        if (event == null || !event.isObject()) {
            invalid(text, "message is not a JSON object", now);
            return;
        }
        JetstreamEvents.Parsed parsed = JetstreamEvents.parse(event, now);
        if (parsed.invalidReason() != null && parsed.timeUs() < 0) {
            invalid(text, parsed.invalidReason(), now);
            return;
        }
        RawPost post = parsed.post();
        String key = post == null ? null : post.key();
        if (resumedFrom.covers(parsed.timeUs(), key) && (key != null || parsed.timeUs() < resumedFrom.cursor())) {
            if (key != null) {
                counters.duplicate();
            }
            return;
        }
        String position = advance(parsed.timeUs(), key);
        if (parsed.invalidReason() != null) {
            counters.invalid();
            sink.emit(SOURCE_KEY, position, Batch.of(deadLetter(text, parsed.invalidReason(), now)));
            return;
        }
        if (post == null) {
            sink.emit(SOURCE_KEY, position, Batch.EMPTY);
            return;
        }
        if (!recent.add(key)) {
            counters.duplicate();
            return;
        }
        counters.lag(Duration.ofNanos(Math.max(0, now.toEpochMilli() * 1_000 - parsed.timeUs()) * 1_000));
        if (!filter.accepts(post.text())) {
            sink.emit(SOURCE_KEY, position, Batch.EMPTY);
            return;
        }
        sink.emit(SOURCE_KEY, position, Batch.of(post));
        counters.collected();
    }

    private synchronized String advance(long timeUs, String key) {
        if (timeUs > cursor) {
            cursor = timeUs;
            keysAtCursor.clear();
        }
        if (timeUs == cursor && key != null && keysAtCursor.size() < 50) {
            keysAtCursor.add(key);
        }
        return new JetstreamPosition(cursor, keysAtCursor).format();
    }

    private void invalid(String text, String reason, Instant now) {
        counters.invalid();
        sink.emit(SOURCE_KEY, null, Batch.of(deadLetter(text, reason, now)));
    }

    private DeadLetter deadLetter(String text, String reason, Instant now) {
        return DeadLetter.of(SOURCE_KEY, null, null, SOURCE_KEY + "@" + now, text.getBytes(StandardCharsets.UTF_8),
                reason, "collect", now);
    }

    private void pause(Duration duration) {
        sleeper.sleep(duration, () -> closed);
    }

    @Override
    public void close() {
        closed = true;
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
    }
}
