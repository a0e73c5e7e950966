package org.bellwether.ingest.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.Topics;
import org.bellwether.ingest.watchlist.TermMatcher;
import org.bellwether.ingest.watchlist.Watchlist;
import org.bellwether.ingest.watchlist.WatchlistFilter;
import org.bellwether.ingest.watchlist.WatchlistRegistry;
import org.bellwether.ingest.watchlist.WatchlistSync;
import org.bellwether.ingest.watchlist.WatchlistYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchlistTest {
    static final String YAML = """
            feeds:
              - name: courier
                url: https://courier.example/rss.xml
                interval: PT10M
            mastodon:
              - instance: https://social.example
                timelines: [local, "tag:portlucena"]
                streams: ["tag:portlucena"]
            bluesky:
              endpoint: wss://jetstream.example/subscribe
              dids: [did:plc:abc]
              filter: true
            hashtags: ["#PortLucena", lucenawater]
            keywords: [shelter, tap water, alcaldesa]
            neighbourhoods: [Saint-Roch, Old Harbour]
            """;

    @Test
    void readsAndWritesYaml() {
        Watchlist watchlist = WatchlistYaml.parse(YAML);
        assertThat(watchlist.feeds()).singleElement().satisfies(feed -> {
            assertThat(feed.url()).isEqualTo(URI.create("https://courier.example/rss.xml"));
            assertThat(feed.intervalOrDefault()).isEqualTo(Duration.ofMinutes(10));
        });
        assertThat(watchlist.mastodon().get(0).host()).isEqualTo("social.example");
        assertThat(watchlist.bluesky().dids()).containsExactly("did:plc:abc");
        assertThat(watchlist.hashtags()).containsExactly("PortLucena", "lucenawater");
        assertThat(WatchlistYaml.parse(WatchlistYaml.write(watchlist))).isEqualTo(watchlist);
        assertThat(WatchlistYaml.parse("")).isEqualTo(Watchlist.EMPTY);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "feeds: [{name: 'a b', url: 'https://x.example'}]                     | feed name",
        "feeds: [{name: a, url: 'ftp://x.example'}]                           | needs an http(s) URL",
        "feeds: [{name: a, url: 'https://x.example'}, {name: a, url: 'https://y.example'}] | duplicate feed name",
        "mastodon: [{instance: 'https://s.example', timelines: [home]}]       | unknown Mastodon timeline",
        "bluesky: {endpoint: 'https://j.example'}                              | ws:// or wss://",
        "feeds: {not: a list}                                                 | not a valid watchlist"})
    void refusesWhatCannotRun(String yaml, String message) {
        assertThatThrownBy(() -> WatchlistYaml.parse(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Is the TAP WATER safe?                  | true",
        "New shelter opens                       | true",
        "shelters are full                       | false",
        "la alcaldesa dijo                       | true",
        "#portlucena ferry                       | true",
        "#portlucenafc won                       | false",
        "Lovely day in saint-roch                | true",
        "Lovely day in Saint Roch                | false",
        "nothing to see                          | false"})
    void matchesTermsOnWordBoundariesIgnoringCaseAndAccents(String text, boolean expected) {
        assertThat(new TermMatcher(WatchlistYaml.parse(YAML)).accepts(text)).isEqualTo(expected);
    }

    @Test
    void anEmptyWatchlistKeepsEverything() {
        assertThat(new TermMatcher(Watchlist.EMPTY).accepts("anything")).isTrue();
    }

    @Test
    void theRegistryAppliesChangesAtOnceAndKeepsTheOldOneWhenTheNewOneIsInvalid() {
        WatchlistRegistry registry = new WatchlistRegistry(Watchlist.EMPTY, Clock.systemUTC());
        List<WatchlistRegistry.Version> seen = new ArrayList<>();
        registry.onChange(seen::add);
        WatchlistFilter filter = registry.filter();
        assertThat(filter.accepts("ferry")).isTrue();
        registry.update("keywords: [shelter]", "admin");
        assertThat(filter.accepts("ferry")).isFalse();
        assertThat(filter.accepts("the shelter")).isTrue();
        assertThatThrownBy(() -> registry.update("feeds: [{name: 'bad name'}]", "admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(registry.current().keywords()).containsExactly("shelter");
        assertThat(seen).hasSize(1).first().extracting(WatchlistRegistry.Version::updatedBy).isEqualTo("admin");
    }

    @Test
    void anotherProcessPicksUpAPublishedWatchlistThroughTheCompactedTopic() throws Exception {
        try (InProcessKafka kafka = InProcessKafka.temporary().start()) {
            kafka.createTopics(Map.of(Topics.COLLECTOR_WATCHLISTS.name(), true), 1);
            WatchlistRegistry api = new WatchlistRegistry(Watchlist.EMPTY, Clock.systemUTC());
            WatchlistRegistry collectors = new WatchlistRegistry(Watchlist.EMPTY, Clock.systemUTC());
            try (WatchlistSync publisher = new WatchlistSync(kafka.bootstrapServers(), "", api);
                 WatchlistSync follower = new WatchlistSync(kafka.bootstrapServers(), "", collectors)) {
                Thread thread = new Thread(follower, "watchlist-follower");
                thread.start();
                publisher.publish(YAML, "admin");
                await().atMost(Duration.ofSeconds(30)).until(() -> collectors.current().feeds().size() == 1);
                assertThat(collectors.version().updatedBy()).isEqualTo("admin");
                assertThat(collectors.filter().accepts("tap water")).isTrue();
            }
        }
    }
}
