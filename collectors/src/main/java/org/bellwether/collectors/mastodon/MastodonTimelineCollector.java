package org.bellwether.collectors.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.ingest.Batch;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorSink;
import org.bellwether.collectors.HttpSupport;
import org.bellwether.ingest.PollingSource;
import org.bellwether.ingest.RecentKeys;
import org.bellwether.ingest.watchlist.WatchlistFilter;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;

/**
 * Polls one Mastodon REST timeline with {@code min_id} paging: each request asks for the statuses just after the
 * newest one already written, page after page (up to {@value #MAX_PAGES} per poll) until a page is not full. The
 * newest id is the checkpoint, so a restart continues exactly after it. The first run without a checkpoint starts
 * at the newest page (no deep backfill). Honours {@code X-RateLimit-Remaining} / {@code X-RateLimit-Reset}: when
 * the budget is nearly spent the next poll waits for the reset. Not thread-safe: one poll at a time.
 */
public final class MastodonTimelineCollector implements PollingSource {
    static final int PAGE = 40;
    static final int MAX_PAGES = 10;

    private final URI instance;
    private final String host;
    private final MastodonTimeline timeline;
    private final String accessToken;
    private final Duration interval;
    private final HttpClient http;
    private final CollectorSink sink;
    private final CollectorCounters counters;
    private final RecentKeys recent;
    private final WatchlistFilter filter;
    private final Clock clock;
    private final String sourceKey;
    private String newestId;

    public MastodonTimelineCollector(URI instance, String host, MastodonTimeline timeline, String accessToken,
                                     Duration interval, HttpClient http, CollectorSink sink,
                                     CheckpointStore checkpoints, CollectorCounters counters, RecentKeys recent,
                                     WatchlistFilter filter, Clock clock, String sourceKey) {
        this.instance = instance;
        this.host = host;
        this.timeline = timeline;
        this.accessToken = accessToken;
        this.interval = interval;
        this.http = http;
        this.sink = sink;
        this.counters = counters;
        this.recent = recent;
        this.filter = filter;
        this.clock = clock;
        this.sourceKey = sourceKey;
        this.newestId = checkpoints.position(sourceKey).orElse(null);
    }

    /** The checkpoint key for a REST timeline: {@code mastodon:<host>:<timeline>}. */
    public static String sourceKey(String host, MastodonTimeline timeline) {
        return "mastodon:" + host + ":" + timeline.spec();
    }

    @Override
    public String name() {
        return sourceKey;
    }

    public synchronized String newestId() {
        return newestId;
    }

    /** Moves the checkpoint forward to a status read from the stream. */
    synchronized void advance(String id) {
        if (newestId == null || MastodonStatuses.compareIds(id, newestId) > 0) {
            newestId = id;
        }
    }

    @Override
    public Duration poll() throws Exception {
        Duration wait = catchUp();
        return wait.compareTo(interval) > 0 ? wait : interval;
    }

    /** Reads every page newer than the checkpoint; returns how long the rate limit asks to wait (or zero). */
    public Duration catchUp() throws IOException, InterruptedException, org.bellwether.ingest.SourceHttpException {
        for (int page = 0; page < MAX_PAGES; page++) {
            boolean newestPageOnly = newestId() == null;
            HttpRequest.Builder request = HttpRequest.newBuilder(timeline.rest(instance, newestId(), PAGE))
                    .timeout(Duration.ofSeconds(30)).header("User-Agent", HttpSupport.USER_AGENT)
                    .header("Accept", "application/json");
            if (accessToken != null && !accessToken.isBlank()) {
                request.header("Authorization", "Bearer " + accessToken);
            }
            HttpResponse<java.io.InputStream> response = http.send(request.GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body = HttpSupport.body(response);
            HttpSupport.check(response, sourceKey, clock);
            Instant now = clock.instant();
            int read = handlePage(body, now);
            counters.succeeded(now);
            Duration rateWait = rateLimitWait(response, now);
            if (!rateWait.isZero()) {
                return rateWait;
            }
            if (read < PAGE || newestPageOnly) {
                break;
            }
        }
        return Duration.ZERO;
    }

    private int handlePage(byte[] body, Instant now) {
        JsonNode page;
        try {
            page = Json.mapper().readTree(body);
        } catch (IOException e) {
            page = null;
        }
        if (page == null || !page.isArray()) {
            counters.invalid();
            sink.emit(sourceKey, null, Batch.of(DeadLetter.of(sourceKey, null, null, sourceKey + "@" + now,
                    body, "timeline page is not a JSON array", "collect", now)));
            return 0;
        }
        List<JsonNode> statuses = new ArrayList<>();
        page.forEach(statuses::add);
        statuses.sort((a, b) -> MastodonStatuses.compareIds(a.path("id").asText(""), b.path("id").asText("")));
        List<RawPost> posts = new ArrayList<>();
        List<DeadLetter> dead = new ArrayList<>();
        String newest = newestId();
        for (JsonNode status : statuses) {
            String id = status.path("id").asText("");
            if (!id.isEmpty() && (newest == null || MastodonStatuses.compareIds(id, newest) > 0)) {
                newest = id;
            }
            accept(status, now, posts, dead);
        }
        if (newest != null) {
            advance(newest);
        }
        sink.emit(sourceKey, newestId(), new Batch(posts, List.of(), dead));
        return statuses.size();
    }

    /** Maps, de-duplicates and filters one status into the lists; shared with the streaming collector. */
    void accept(JsonNode status, Instant now, List<RawPost> posts, List<DeadLetter> dead) {
        MastodonStatuses.Mapped mapped = MastodonStatuses.map(status, host, now);
        if (mapped.invalidReason() != null) {
            counters.invalid();
            dead.add(DeadLetter.of(sourceKey, null, null, sourceKey + "#" + status.path("id").asText("?"),
                    Json.write(status), mapped.invalidReason(), "collect", now));
            return;
        }
        if (mapped.skipped()) {
            return;
        }
        RawPost post = mapped.post();
        if (!recent.add(post.key())) {
            counters.duplicate();
            return;
        }
        if (timeline.broad() && !filter.accepts(post.text())) {
            return;
        }
        posts.add(post);
        counters.collected(post.createdAt(), now);
    }

    /** When {@code X-RateLimit-Remaining} is 1 or less, the time until {@code X-RateLimit-Reset}. */
    static Duration rateLimitWait(HttpResponse<?> response, Instant now) {
        var remaining = response.headers().firstValue("X-RateLimit-Remaining");
        var reset = response.headers().firstValue("X-RateLimit-Reset");
        if (remaining.isEmpty() || reset.isEmpty()) {
            return Duration.ZERO;
        }
        try {
            if (Long.parseLong(remaining.get().trim()) > 1) {
                return Duration.ZERO;
            }
            Duration wait = Duration.between(now, OffsetDateTime.parse(reset.get().trim()).toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (NumberFormatException | DateTimeParseException e) {
            return Duration.ZERO;
        }
    }
}
