package org.bellwether.collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.bellwether.collectors.testing.LocalHttpServer;
import org.bellwether.ingest.watchlist.Watchlist;
import org.bellwether.ingest.watchlist.WatchlistRegistry;
import org.bellwether.model.RawPost;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorMetrics;
import org.junit.jupiter.api.Test;

class LiveCollectorsTest {
    private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Courier</title>"
            + "<item><title>Harbour festival moved to Sunday</title><guid>c-1</guid>"
            + "<link>https://courier.example/c-1</link></item></channel></rss>";

    @Test
    void anAdminAddingAFeedStartsItWithoutARestartAndRemovingItStopsIt() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.handle("/rss.xml", exchange -> LocalHttpServer.respond(exchange, 200, "application/rss+xml", RSS));
            WatchlistRegistry registry = new WatchlistRegistry(Watchlist.EMPTY, Clock.systemUTC());
            RecordingSink sink = new RecordingSink();
            CollectorMetrics metrics = new CollectorMetrics();
            try (LiveCollectors live = new LiveCollectors(registry, sink, CheckpointStore.empty(), metrics,
                    HttpClient.newHttpClient(), Clock.systemUTC()).start()) {
                assertThat(live.running()).isEmpty();
                registry.update("feeds: [{name: courier, url: '" + server.uri("/rss.xml") + "', interval: PT0.05S}]",
                        "admin");
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    synchronized (sink) {
                        return sink.posts.stream().map(RawPost::key).toList().contains("rss:courier:c-1");
                    }
                });
                assertThat(live.running()).containsExactly("rss:courier");
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        metrics.counters("rss:courier").snapshot().duplicate() >= 2);
                registry.update("keywords: [festival]", "admin");
                assertThat(live.running()).isEmpty();
                synchronized (sink) {
                    assertThat(sink.posts).hasSize(1);
                }
            }
        }
    }
}
