package org.bellwether.collectors.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.ingest.Backoff;
import org.bellwether.ingest.Batch;
import org.bellwether.ingest.CircuitBreaker;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorSink;
import org.bellwether.collectors.HttpSupport;
import org.bellwether.ingest.SinkFailedException;
import org.bellwether.ingest.SourceHttpException;
import org.bellwether.collectors.Sleeper;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a Mastodon streaming timeline (server-sent events: {@code event: update} with a Status as data). The
 * streaming API has no resume, so before every (re)connection the REST timeline is read from the checkpoint with
 * {@code min_id} ({@link MastodonTimelineCollector#catchUp()}): nothing is lost while disconnected, and statuses
 * seen both ways are counted as duplicates. The checkpoint is the newest status id written. Reconnects with
 * exponential backoff and jitter behind a circuit breaker. Back-pressure: the stream is read one event at a time
 * and the sink blocks when Kafka is slow. Run it on its own thread; {@link #close()} stops it.
 */
public final class MastodonStreamCollector implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MastodonStreamCollector.class);

    private final URI streamingBase;
    private final MastodonTimeline timeline;
    private final String accessToken;
    private final HttpClient http;
    private final CollectorSink sink;
    private final CollectorCounters counters;
    private final CircuitBreaker breaker;
    private final MastodonTimelineCollector rest;
    private final Clock clock;
    private final String sourceKey;
    private final Sleeper sleeper = Sleeper.system();
    private volatile boolean closed;
    private volatile InputStream body;
    private volatile boolean connected;

    /**
     * @param streamingBase the instance (or its {@code streaming_api} host) base URL
     * @param rest          the REST collector of the same timeline, sharing this stream's checkpoint key
     */
    public MastodonStreamCollector(URI streamingBase, MastodonTimeline timeline, String accessToken,
                                   HttpClient http, CollectorSink sink, CollectorCounters counters,
                                   CircuitBreaker breaker, MastodonTimelineCollector rest, Clock clock) {
        this.streamingBase = streamingBase;
        this.timeline = timeline;
        this.accessToken = accessToken;
        this.http = http;
        this.sink = sink;
        this.counters = counters;
        this.breaker = breaker;
        this.rest = rest;
        this.clock = clock;
        this.sourceKey = rest.name();
    }

    /** True while the event stream is open (for tests and health). */
    public boolean connected() {
        return connected;
    }

    @Override
    public void run() {
        Backoff backoff = Backoff.standard();
        while (!closed) {
            if (!breaker.allows()) {
                pause(breaker.remainingOpen());
                continue;
            }
            Duration wait = null;
            try {
                Duration rateWait = rest.catchUp();
                if (!rateWait.isZero()) {
                    pause(rateWait);
                }
                stream(backoff);
                breaker.success();
            } catch (SourceHttpException e) {
                breaker.failure();
                counters.error(e.getMessage());
                wait = backoff.next(e.retryAfter());
            } catch (SinkFailedException e) {
                counters.error("sink: " + e.getMessage());
                LOG.error("{}: sink failed, stream stopped", sourceKey);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
                breaker.failure();
                counters.error(e.toString());
                wait = backoff.next();
            } finally {
                connected = false;
            }
            if (!closed) {
                pause(wait == null ? backoff.next() : wait);
            }
        }
    }

    private void stream(Backoff backoff) throws IOException, InterruptedException, SourceHttpException {
        HttpRequest.Builder request = HttpRequest.newBuilder(streamingBase.resolve(timeline.streamingPath()))
                .header("User-Agent", HttpSupport.USER_AGENT).header("Accept", "text/event-stream");
        if (accessToken != null && !accessToken.isBlank()) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        HttpResponse<InputStream> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() >= 400) {
            response.body().close();
            HttpSupport.check(response, sourceKey, clock);
        }
        body = response.body();
        connected = true;
        backoff.reset();
        breaker.success();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            StringBuilder data = new StringBuilder();
            String line;
            while (!closed && (line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        dispatch(event, data.toString());
                    }
                    event = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    counters.succeeded(clock.instant()); // heartbeat
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).stripLeading());
                }
            }
        }
    }

    private void dispatch(String event, String data) {
        if (!"update".equals(event) && !"status.update".equals(event)) {
            return; // delete, notification, filters_changed ...: nothing to collect
        }
        Instant now = clock.instant();
        JsonNode status;
        try {
            status = Json.mapper().readTree(data);
        } catch (IOException e) {
            status = null;
        }
        if (status == null || !status.isObject()) {
            counters.invalid();
            sink.emit(sourceKey, null, Batch.of(DeadLetter.of(sourceKey, null, null, sourceKey + "@" + now,
                    data.getBytes(StandardCharsets.UTF_8), "stream event '" + event + "' is not a JSON object",
                    "collect", now)));
            return;
        }
        List<RawPost> posts = new ArrayList<>(1);
        List<DeadLetter> dead = new ArrayList<>(1);
        rest.accept(status, now, posts, dead);
        String id = status.path("id").asText("");
        String position = null;
        if (!id.isEmpty() && (rest.newestId() == null || MastodonStatuses.compareIds(id, rest.newestId()) > 0)) {
            rest.advance(id);
            position = id;
        }
        sink.emit(sourceKey, position, new Batch(posts, List.of(), dead));
        counters.succeeded(now);
    }

    private void pause(Duration duration) {
        sleeper.sleep(duration, () -> closed);
    }

    @Override
    public void close() {
        closed = true;
        InputStream stream = body;
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                LOG.debug("closing stream: {}", e.getMessage());
            }
        }
    }
}
