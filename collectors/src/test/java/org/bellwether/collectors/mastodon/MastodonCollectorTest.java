package org.bellwether.collectors.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CircuitBreaker;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.RecentKeys;
import org.bellwether.collectors.RecordingSink;
import org.bellwether.collectors.testing.LocalHttpServer;
import org.bellwether.collectors.testing.MastodonFixtures;
import org.bellwether.ingest.watchlist.WatchlistFilter;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a local instance that pages with min_id and streams server-sent events as Mastodon does. */
class MastodonCollectorTest {
    private final ConcurrentSkipListMap<Long, String> statuses = new ConcurrentSkipListMap<>();
    private final AtomicInteger streams = new AtomicInteger();
    private final CountDownLatch firstStreamMayEnd = new CountDownLatch(1);
    private final CountDownLatch secondStreamMayEnd = new CountDownLatch(1);
    private LocalHttpServer server;

    @BeforeEach
    void instance() throws Exception {
        for (long id = 1100; id < 1200; id++) {
            statuses.put(id, MastodonFixtures.post(id));
        }
        statuses.put(1190L, MastodonFixtures.status(1190, "direct", "<p>private</p>"));
        statuses.put(1191L, "{\"id\":\"1191\",\"created_at\":\"2026-03-09T10:00:00Z\",\"content\":\"<p>no account</p>\","
                + "\"visibility\":\"public\"}");
        statuses.put(1195L, MastodonFixtures.boost(1195, 1150));
        server = new LocalHttpServer();
        server.handle("/api/v1/timelines/tag/portlucena", this::timeline);
        server.handle("/api/v1/streaming/hashtag", this::stream);
    }

    @AfterEach
    void stop() {
        firstStreamMayEnd.countDown();
        secondStreamMayEnd.countDown();
        server.close();
    }

    /** min_id: the page of statuses immediately newer than min_id; without it, the newest page. Newest first. */
    private void timeline(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        int limit = Integer.parseInt(param(query, "limit", "20"));
        String minId = param(query, "min_id", null);
        List<Long> ids = minId == null
                ? statuses.descendingKeySet().stream().limit(limit).toList()
                : statuses.tailMap(Long.parseLong(minId), false).keySet().stream().limit(limit).toList();
        String body = ids.stream().sorted(Comparator.reverseOrder()).map(statuses::get)
                .collect(Collectors.joining(",", "[", "]"));
        exchange.getResponseHeaders().set("X-RateLimit-Limit", "300");
        exchange.getResponseHeaders().set("X-RateLimit-Remaining", "299");
        exchange.getResponseHeaders().set("X-RateLimit-Reset", "2026-03-09T12:05:00.000Z");
        LocalHttpServer.respond(exchange, 200, "application/json", body);
    }

    private void stream(HttpExchange exchange) throws IOException {
        int connection = streams.incrementAndGet();
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            write(out, ":)\n\n");
            long from = connection == 1 ? 1200 : 1210;
            for (long id = from; id < from + 5; id++) {
                statuses.put(id, MastodonFixtures.post(id));
                write(out, "event: update\ndata: " + statuses.get(id) + "\n\n");
            }
            write(out, "event: delete\ndata: 1150\n\n");
            write(out, ":thump\n\n");
            if (connection == 1) {
                write(out, "event: update\ndata: {broken\n\n");
                firstStreamMayEnd.await();
                for (long id = 1205; id < 1210; id++) { // posted while the stream is down
                    statuses.put(id, MastodonFixtures.post(id));
                }
            } else {
                secondStreamMayEnd.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.close();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String param(String query, String name, String fallback) {
        for (String pair : String.valueOf(query).split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return fallback;
    }

    private MastodonTimelineCollector rest(RecordingSink sink, CheckpointStore checkpoints, CollectorCounters counters) {
        URI instance = server.uri("/");
        MastodonTimeline timeline = new MastodonTimeline("tag:portlucena");
        String host = instance.getHost() + ":" + instance.getPort();
        return new MastodonTimelineCollector(instance, host, timeline, "secret-token", Duration.ofMinutes(1),
                HttpClient.newHttpClient(), sink, checkpoints, counters, new RecentKeys(10_000), WatchlistFilter.ALL,
                Clock.systemUTC(), MastodonTimelineCollector.sourceKey(host, timeline));
    }

    @Test
    void pagesWithMinIdFromTheCheckpointAndMapsStatuses() throws Exception {
        RecordingSink sink = new RecordingSink();
        CollectorCounters counters = new CollectorCounters("mastodon");
        MastodonTimelineCollector collector = rest(sink, CheckpointStore.empty(), counters);
        collector.poll();
        assertThat(sink.posts).hasSize(38); // newest 40, less the direct message and the broken one
        assertThat(collector.newestId()).isEqualTo("1199");
        assertThat(server.requests.get(0).header("Authorization")).isEqualTo("Bearer secret-token");

        for (long id = 1200; id < 1290; id++) {
            statuses.put(id, MastodonFixtures.post(id));
        }
        RecordingSink resumed = new RecordingSink();
        MastodonTimelineCollector restarted = rest(resumed, sink.checkpoints(), new CollectorCounters("mastodon"));
        restarted.poll();
        assertThat(resumed.posts).extracting(RawPost::sourceId)
                .containsExactlyElementsOf(LongStream.range(1200, 1290).mapToObj(Long::toString).toList());
        assertThat(server.requests.stream().map(r -> param(r.uri().getQuery(), "min_id", "-")).toList())
                .containsExactly("-", "1199", "1239", "1279");

        RawPost first = sink.posts.stream().filter(p -> p.sourceId().equals("1160")).findFirst().orElseThrow();
        assertThat(first.text()).isEqualTo("Ferry note 1160 #portlucena & more");
        assertThat(first.authorHandle()).isEqualTo("@user5@" + first.source().substring("mastodon:".length()));
        assertThat(first.engagement().likes()).isEqualTo(3);
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-03-09T10:02:40Z"));
        RawPost boost = sink.posts.stream().filter(p -> p.sourceId().equals("1195")).findFirst().orElseThrow();
        assertThat(boost.repostOf()).isEqualTo(first.source() + ":1150");
        assertThat(boost.authorHandle()).isEqualTo("@bob@other.example");
        assertThat(boost.text()).startsWith("Ferry note 1150");
        assertThat(sink.deadLetters).singleElement().extracting(DeadLetter::reason)
                .isEqualTo("status 1191 without account.acct");
        assertThat(counters.snapshot().invalid()).isEqualTo(1);
    }

    @Test
    void waitsForTheRateLimitResetWhenTheBudgetIsSpent() {
        var headers = java.net.http.HttpHeaders.of(java.util.Map.of("X-RateLimit-Remaining", List.of("0"),
                "X-RateLimit-Reset", List.of("2026-03-09T12:05:00.000Z")), (a, b) -> true);
        java.net.http.HttpResponse<byte[]> response = new FakeResponse(headers);
        assertThat(MastodonTimelineCollector.rateLimitWait(response, Instant.parse("2026-03-09T12:00:00Z")))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void streamsUpdatesAndAfterADisconnectCatchesUpThroughRestWithoutLossOrDuplicate() throws Exception {
        RecordingSink sink = new RecordingSink();
        CollectorCounters counters = new CollectorCounters("mastodon");
        MastodonTimelineCollector rest = rest(sink, CheckpointStore.empty(), counters);
        try (MastodonStreamCollector stream = new MastodonStreamCollector(server.uri("/"),
                new MastodonTimeline("tag:portlucena"), "secret-token", HttpClient.newHttpClient(), sink, counters,
                CircuitBreaker.standard(), rest, Clock.systemUTC())) {
            Thread thread = new Thread(stream, "mastodon-stream");
            thread.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> ids(sink).containsAll(range(1200, 1205)));
            assertThat(sink.deadLetters).anySatisfy(d ->
                    assertThat(d.reason()).isEqualTo("stream event 'update' is not a JSON object"));
            firstStreamMayEnd.countDown();
            await().atMost(Duration.ofSeconds(30)).until(() -> ids(sink).containsAll(range(1200, 1215)));
            assertThat(sink.positions.values()).contains("1214");
        }
        List<String> all = sink.posts.stream().map(RawPost::sourceId).toList();
        assertThat(all).doesNotHaveDuplicates();
        assertThat(Set.copyOf(all)).containsAll(range(1160, 1190)).containsAll(range(1200, 1215));
        assertThat(streams.get()).isEqualTo(2);
        assertThat(server.requestsTo("/api/v1/streaming/hashtag").get(0).uri().getQuery()).isEqualTo("tag=portlucena");
    }

    private static Set<String> ids(RecordingSink sink) {
        synchronized (sink) {
            return sink.posts.stream().map(RawPost::sourceId).collect(Collectors.toSet());
        }
    }

    private static List<String> range(long from, long to) {
        List<String> ids = new ArrayList<>();
        for (long id = from; id < to; id++) {
            ids.add(Long.toString(id));
        }
        return ids;
    }

    private record FakeResponse(java.net.http.HttpHeaders headers) implements java.net.http.HttpResponse<byte[]> {
        public int statusCode() {
            return 200;
        }

        public java.net.http.HttpRequest request() {
            return null;
        }

        public java.util.Optional<java.net.http.HttpResponse<byte[]>> previousResponse() {
            return java.util.Optional.empty();
        }

        public byte[] body() {
            return new byte[0];
        }

        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        public URI uri() {
            return null;
        }

        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
