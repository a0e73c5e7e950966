package org.bellwether.collectors.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.collectors.RecordingSink;
import org.bellwether.ingest.SourceHttpException;
import org.bellwether.collectors.testing.LocalHttpServer;
import org.bellwether.ingest.watchlist.WatchlistFilter;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedCollectorTest {
    private static final String RSS_V1 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0">
              <channel>
                <title>Port Lucena Courier</title>
                <link>https://courier.example/</link>
                <description>Local news</description>
                <language>en-gb</language>
                <item>
                  <title>Ferry timetable changes on Monday</title>
                  <link>https://Courier.example:443/news/ferry?utm_source=rss&amp;id=7#top</link>
                  <guid isPermaLink="false">courier-7</guid>
                  <pubDate>Mon, 09 Mar 2026 08:00:00 GMT</pubDate>
                  <description>&lt;p&gt;The &lt;b&gt;Old Harbour&lt;/b&gt; ferry runs every 20 minutes.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Market returns to Eastgate</title>
                  <link>https://courier.example/news/market</link>
                  <guid>https://courier.example/news/market</guid>
                  <pubDate>Mon, 09 Mar 2026 07:00:00 GMT</pubDate>
                </item>
                <item>
                  <link>https://courier.example/news/empty</link>
                  <guid>courier-empty</guid>
                </item>
              </channel>
            </rss>
            """;
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <title>Blog de Saint-Roch</title>
              <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
              <updated>2026-03-09T10:00:00Z</updated>
              <author><name>Comité de quartier</name></author>
              <entry>
                <title>Nettoyage du parc samedi</title>
                <link href="https://blog.example/nettoyage"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <updated>2026-03-09T09:30:00Z</updated>
                <summary>Gants fournis, rendez-vous à 10 h.</summary>
              </entry>
            </feed>
            """;

    private final AtomicReference<String> rss = new AtomicReference<>(RSS_V1);
    private LocalHttpServer server;

    @BeforeEach
    void serve() throws Exception {
        server = new LocalHttpServer();
        server.handle("/rss.xml", exchange -> {
            String etag = "\"" + Integer.toHexString(rss.get().hashCode()) + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalHttpServer.respond(exchange, 304, null, "");
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", "Mon, 09 Mar 2026 08:05:00 GMT");
            LocalHttpServer.respond(exchange, 200, "application/rss+xml", rss.get());
        });
        server.handle("/atom.xml", exchange -> LocalHttpServer.respond(exchange, 200, "application/atom+xml", ATOM));
        server.handle("/broken.xml", exchange -> LocalHttpServer.respond(exchange, 200, "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>Broken</title><item><title>Unclosed"));
        server.handle("/busy.xml", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            LocalHttpServer.respond(exchange, 503, "text/plain", "busy");
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedCollector collector(String path, RecordingSink sink, CheckpointStore checkpoints,
                                    CollectorCounters counters) {
        return new FeedCollector(new FeedSettings("courier", server.uri(path), Duration.ofMinutes(5)),
                HttpClient.newHttpClient(), sink, checkpoints, counters, Clock.systemUTC(), WatchlistFilter.ALL);
    }

    @Test
    void readsRssEntriesWithCanonicalLinksThenAsksConditionallyAndSkipsWhatItSawEvenAfterARestart() throws Exception {
        RecordingSink sink = new RecordingSink();
        CollectorCounters counters = new CollectorCounters("rss:courier");
        FeedCollector collector = collector("/rss.xml", sink, CheckpointStore.empty(), counters);

        assertThat(collector.poll()).isEqualTo(Duration.ofMinutes(5));
        assertThat(sink.posts).extracting(RawPost::sourceId).containsExactly("https://courier.example/news/market",
                "courier-7");
        RawPost ferry = sink.posts.get(1);
        assertThat(ferry.url()).isEqualTo("https://courier.example/news/ferry?id=7");
        assertThat(ferry.text()).isEqualTo("Ferry timetable changes on Monday\nThe Old Harbour ferry runs every 20 minutes.");
        assertThat(ferry.createdAt()).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
        assertThat(ferry.lang()).isEqualTo("en-gb");
        assertThat(ferry.source()).isEqualTo("rss:courier");
        assertThat(ferry.authorHandle()).isEqualTo("Port Lucena Courier");
        assertThat(sink.deadLetters).singleElement().extracting(DeadLetter::reason)
                .isEqualTo("entry without title or text");

        collector.poll();
        assertThat(server.requestsTo("/rss.xml").get(1).header("If-None-Match")).isNotNull();
        assertThat(server.requestsTo("/rss.xml").get(1).header("If-Modified-Since"))
                .isEqualTo("Mon, 09 Mar 2026 08:05:00 GMT");
        assertThat(sink.posts).hasSize(2);

        rss.set(RSS_V1.replaceFirst("<item>", "<item><title>Library opens late on Thursdays</title>"
                + "<link>https://courier.example/news/library</link><guid>courier-9</guid></item><item>"));
        RecordingSink afterRestart = new RecordingSink();
        CollectorCounters restarted = new CollectorCounters("rss:courier");
        collector("/rss.xml", afterRestart, sink.checkpoints(), restarted).poll();
        assertThat(afterRestart.posts).extracting(RawPost::sourceId).containsExactly("courier-9");
        assertThat(restarted.snapshot().duplicate()).isEqualTo(2);
    }

    @Test
    void readsAtom() throws Exception {
        RecordingSink sink = new RecordingSink();
        collector("/atom.xml", sink, CheckpointStore.empty(), new CollectorCounters("rss:blog")).poll();
        assertThat(sink.posts).singleElement().satisfies(post -> {
            assertThat(post.sourceId()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
            assertThat(post.text()).isEqualTo("Nettoyage du parc samedi\nGants fournis, rendez-vous à 10 h.");
            assertThat(post.url()).isEqualTo("https://blog.example/nettoyage");
            assertThat(post.authorHandle()).isEqualTo("Comité de quartier");
        });
    }

    @Test
    void aBrokenFeedIsRecordedInTheDlqAndPolledAgainLater() throws Exception {
        RecordingSink sink = new RecordingSink();
        CollectorCounters counters = new CollectorCounters("rss:broken");
        FeedCollector collector = collector("/broken.xml", sink, CheckpointStore.empty(), counters);
        assertThat(collector.poll()).isEqualTo(Duration.ofMinutes(5));
        assertThat(sink.deadLetters).singleElement().satisfies(dead -> {
            assertThat(dead.reason()).startsWith("malformed feed:");
            assertThat(dead.stage()).isEqualTo("collect");
            assertThat(dead.originalText()).contains("<title>Unclosed");
        });
        assertThat(counters.snapshot().invalid()).isEqualTo(1);
        assertThat(counters.snapshot().lastError()).startsWith("malformed feed");
    }

    @Test
    void aBusyServerMakesThePollBackOffWithItsRetryAfter() {
        FeedCollector collector = collector("/busy.xml", new RecordingSink(), CheckpointStore.empty(),
                new CollectorCounters("rss:busy"));
        assertThatThrownBy(collector::poll).isInstanceOfSatisfying(SourceHttpException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        });
    }
}
