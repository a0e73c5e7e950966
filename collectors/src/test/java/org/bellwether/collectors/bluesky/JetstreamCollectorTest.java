package org.bellwether.collectors.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.producer.Producer;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CircuitBreaker;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorTopics;
import org.bellwether.ingest.KafkaCollectorSink;
import org.bellwether.ingest.ProducerSettings;
import org.bellwether.collectors.RecordingSink;
import org.bellwether.collectors.testing.JetstreamFixtures;
import org.bellwether.collectors.testing.TinyWebSocketServer;
import org.bellwether.ingest.watchlist.TermMatcher;
import org.bellwether.ingest.watchlist.Watchlist;
import org.bellwether.ingest.watchlist.WatchlistFilter;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.bellwether.model.Topic;
import org.junit.jupiter.api.Test;

class JetstreamCollectorTest {
    private static final long STEP = 1_000; // 1 ms between events

    /** 300 posts (two pairs share a microsecond), a repeated delivery, identity and delete events, 3 broken ones. */
    private static List<Object[]> stream() {
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long time = JetstreamFixtures.T0 + (i == 101 || i == 201 ? i - 1 : i) * STEP;
            events.add(new Object[] {time, JetstreamFixtures.post(i, time, "post number " + i, i % 3 == 0 ? "es" : "en")});
            if (i == 50) {
                events.add(new Object[] {time, JetstreamFixtures.post(i, time, "post number " + i, "en")});
            }
            if (i == 70) {
                events.add(new Object[] {time, JetstreamFixtures.identity(time)});
                events.add(new Object[] {time, JetstreamFixtures.delete(time)});
            }
            if (i == 250) {
                events.add(new Object[] {time, "{not json"});
                events.add(new Object[] {time, "{\"did\":\"did:plc:x\",\"kind\":\"commit\"}"});
                events.add(new Object[] {time, JetstreamFixtures.post(9_999, time, "", "en")});
            }
        }
        return events;
    }

    private static void serve(List<Object[]> events, URI request, TinyWebSocketServer.Sender sender, int limit,
                              CountDownLatch hold) {
        long cursor = query(request, "cursor");
        int sent = 0;
        try {
            for (Object[] event : events) {
                if ((long) event[0] >= cursor && sent++ < limit) {
                    sender.text((String) event[1]);
                }
            }
            sender.flush();
            hold.await();
        } catch (IOException | InterruptedException e) {
            // connection dropped
        }
    }

    private static long query(URI uri, String name) {
        for (String pair : String.valueOf(uri.getQuery()).split("&")) {
            if (pair.startsWith(name + "=")) {
                return Long.parseLong(pair.substring(name.length() + 1));
            }
        }
        return 0;
    }

    @Test
    void killedAndRestartedItResumesFromItsCursorWithNoLossAndNoDuplicate() throws Exception {
        List<Object[]> events = stream();
        CountDownLatch hold = new CountDownLatch(1);
        int[] connection = {0};
        try (InProcessKafka kafka = InProcessKafka.temporary().start();
             TinyWebSocketServer server = new TinyWebSocketServer((uri, sender) ->
                     serve(events, uri, sender, connection[0]++ == 0 ? 160 : Integer.MAX_VALUE, hold))) {
            CollectorTopics topics = CollectorTopics.withPrefix("js.");
            try (var admin = kafka.admin()) {
                topics.createMissing(admin, 2);
            }
            HttpClient http = HttpClient.newHttpClient();
            Producer<String, byte[]> doomed = ProducerSettings.producer(
                    ProducerSettings.transactional(kafka.bootstrapServers(), "js-1", "jetstream-test"));
            KafkaCollectorSink firstSink = new KafkaCollectorSink(doomed, topics, Clock.systemUTC(),
                    Duration.ofMillis(20), 50);
            CollectorCounters firstCounts = new CollectorCounters("bluesky");
            JetstreamCollector first = new JetstreamCollector(server.uri("/subscribe"), List.of(), WatchlistFilter.ALL,
                    Duration.ofMillis(20), http, firstSink, CheckpointStore.empty(), firstCounts,
                    CircuitBreaker.standard(), Clock.systemUTC());
            Thread firstThread = new Thread(first, "jetstream-1");
            firstThread.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> firstCounts.snapshot().collected() >= 150);
            first.close();
            doomed.close(Duration.ZERO); // killed: the open transaction is never committed
            firstThread.join(10_000);

            CheckpointStore checkpoints = CheckpointStore.load(kafka.bootstrapServers(), topics.checkpoints(),
                    Duration.ofSeconds(30));
            JetstreamPosition saved = JetstreamPosition.parse(checkpoints.position(JetstreamCollector.SOURCE_KEY)
                    .orElseThrow());
            CollectorCounters secondCounts = new CollectorCounters("bluesky");
            try (KafkaCollectorSink secondSink = new KafkaCollectorSink(ProducerSettings.producer(
                    ProducerSettings.transactional(kafka.bootstrapServers(), "js-2", "jetstream-test")), topics,
                    Clock.systemUTC(), Duration.ofMillis(50), 1_000);
                 JetstreamCollector second = new JetstreamCollector(server.uri("/subscribe"), List.of(),
                         WatchlistFilter.ALL, Duration.ofMillis(20), http, secondSink, checkpoints, secondCounts,
                         CircuitBreaker.standard(), Clock.systemUTC())) {
                Thread secondThread = new Thread(second, "jetstream-2");
                secondThread.start();
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        committed(kafka.bootstrapServers(), topics.posts()).size() >= 300);
                assertThat(query(server.requests().get(1), "cursor")).isEqualTo(saved.cursor() - 20_000);
                assertThat(secondCounts.snapshot().duplicate()).as("events replayed by the rewind").isPositive();
                hold.countDown();
            }
            List<RawPost> posts = committed(kafka.bootstrapServers(), topics.posts());
            assertThat(posts).extracting(RawPost::key).hasSize(300).doesNotHaveDuplicates()
                    .contains(JetstreamFixtures.key(0), JetstreamFixtures.key(101), JetstreamFixtures.key(299));
            RawPost sample = posts.stream().filter(p -> p.key().equals(JetstreamFixtures.key(3))).findFirst().orElseThrow();
            assertThat(sample.lang()).isEqualTo("es");
            assertThat(sample.url()).startsWith("https://bsky.app/profile/did:plc:");
            List<DeadLetter> dead = committed(kafka.bootstrapServers(), topics.deadLetters());
            assertThat(dead).extracting(DeadLetter::reason).containsExactlyInAnyOrder(
                    "message is not a JSON object", "event without time_us",
                    "post did:plc:000000000000000000000029/3k9999 without text");
        }
    }

    @Test
    void asksForPostsOfTheWatchedAccountsAndKeepsOnlyMatchingTextWhenFiltering() {
        RecordingSink sink = new RecordingSink();
        Watchlist watchlist = new Watchlist(null, null, null, List.of("PortLucena"), List.of("tap water"),
                List.of("Saint-Roch"));
        JetstreamCollector collector = new JetstreamCollector(URI.create("ws://127.0.0.1:1/subscribe"),
                List.of("did:plc:abc", "did:web:city.example"), new TermMatcher(watchlist), Duration.ofSeconds(2),
                HttpClient.newHttpClient(), sink, CheckpointStore.empty(), new CollectorCounters("bluesky"),
                CircuitBreaker.standard(), Clock.systemUTC());
        assertThat(collector.subscribeUri().getQuery()).isEqualTo(
                "wantedCollections=app.bsky.feed.post&wantedDids=did:plc:abc&wantedDids=did:web:city.example");
        long t = JetstreamFixtures.T0;
        collector.handle(JetstreamFixtures.post(1, t, "Is the TAP water safe in Riverside?", "en"));
        collector.handle(JetstreamFixtures.post(2, t + 1, "Lovely evening in saint-roch", "en"));
        collector.handle(JetstreamFixtures.post(3, t + 2, "#portlucena ferry running late", "en"));
        collector.handle(JetstreamFixtures.post(4, t + 3, "Tapwater and portlucenas are no match", "en"));
        assertThat(sink.posts).extracting(RawPost::key).containsExactly(JetstreamFixtures.key(1),
                JetstreamFixtures.key(2), JetstreamFixtures.key(3));
        assertThat(JetstreamPosition.parse(sink.positions.get(JetstreamCollector.SOURCE_KEY)).cursor()).isEqualTo(t + 3);
        assertThat(collector.subscribeUri().getQuery()).endsWith("&cursor=" + (t + 3 - 2_000_000));
    }

    /** Every committed value of a topic, as the processor reads it. */
    private static <V> List<V> committed(String bootstrapServers, Topic<String, V> topic) {
        return CommittedRecords.values(bootstrapServers, topic.name(), topic.valueSerde().deserializer());
    }
}
