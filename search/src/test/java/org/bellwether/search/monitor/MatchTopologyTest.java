package org.bellwether.search.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.bellwether.model.SavedSearch;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SearchFilters;
import org.bellwether.model.SearchMatch;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.search.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor step: saved searches in, posts in, one match per (saved search, matching post) out. */
class MatchTopologyTest {
    private static final String PREFIX = "city.";
    private static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");

    @TempDir
    java.nio.file.Path state;
    private SavedQueryMonitor monitor;
    private TopologyTestDriver driver;
    private TestInputTopic<String, SavedSearch> savedSearches;
    private TestInputTopic<String, ScoredPost> posts;
    private TestOutputTopic<String, SearchMatch> matches;

    @BeforeEach
    void start() {
        monitor = new SavedQueryMonitor();
        Properties properties = MonitorService.properties("test-monitor", "127.0.0.1:1", state);
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(MatchTopology.buildTopology(PREFIX, monitor), properties);
        savedSearches = input(Topics.SAVED_SEARCHES);
        posts = input(Topics.POSTS_SCORED);
        Topic<String, SearchMatch> out = Topics.SEARCH_MATCHES.prefixed(PREFIX);
        matches = driver.createOutputTopic(out.name(), out.keySerde().deserializer(),
                out.valueSerde().deserializer());
    }

    private <V> TestInputTopic<String, V> input(Topic<String, V> topic) {
        Topic<String, V> prefixed = topic.prefixed(PREFIX);
        return driver.createInputTopic(prefixed.name(), prefixed.keySerde().serializer(),
                prefixed.valueSerde().serializer());
    }

    @AfterEach
    void stop() throws Exception {
        driver.close();
        monitor.close();
    }

    @Test
    void writesOneMatchPerSavedSearchAndPost() {
        savedSearches.pipeInput("s-migrants", new SavedSearch(1, "s-migrants", "migrants", null, "7"), T0);
        savedSearches.pipeInput("s-tips", new SavedSearch(1, "s-tips", "",
                new SearchFilters(null, null, null, null, "tip"), "7"), T0);
        posts.pipeInput(TestCorpus.P1.postId(), TestCorpus.P1, T0.plusSeconds(1));
        posts.pipeInput(TestCorpus.P2.postId(), TestCorpus.P2, T0.plusSeconds(2));
        posts.pipeInput(TestCorpus.P10.postId(), TestCorpus.P10, T0.plusSeconds(3));

        flushInterval();
        List<KeyValue<String, SearchMatch>> written = matches.readKeyValuesToList();
        assertThat(written).extracting(kv -> kv.key + "/" + kv.value.postId()).containsExactlyInAnyOrder(
                "s-migrants/" + TestCorpus.P1.postId(), "s-migrants/" + TestCorpus.P10.postId(),
                "s-tips/" + TestCorpus.P10.postId());
        SearchMatch first = written.get(0).value;
        assertThat(first.savedSearchId()).isEqualTo("s-migrants");
        assertThat(first.narrativeId()).isEqualTo(TestCorpus.P1.narrativeId());
        assertThat(first.postedAt()).isEqualTo(TestCorpus.P1.createdAt());
    }

    @Test
    void aTombstoneStopsMatchingAndABadQueryIsLeftOut() {
        savedSearches.pipeInput("s-migrants", new SavedSearch(1, "s-migrants", "migrants", null, "7"), T0);
        savedSearches.pipeInput("s-bad", new SavedSearch(1, "s-bad", "(migrants", null, "7"), T0);
        posts.pipeInput(TestCorpus.P1.postId(), TestCorpus.P1, T0.plusSeconds(1));
        flushInterval();
        assertThat(matches.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("s-migrants");

        savedSearches.pipeInput("s-migrants", null, T0.plusSeconds(2));
        posts.pipeInput(TestCorpus.P4.postId(), TestCorpus.P4, T0.plusSeconds(3));
        flushInterval();
        assertThat(matches.isEmpty()).isTrue();
        assertThat(monitor.size()).isZero();
    }

    @Test
    void postsWaitInTheBufferUntilTheBatchIsFullOrTheFlushIntervalHasPassed() {
        savedSearches.pipeInput("s-migrants", new SavedSearch(1, "s-migrants", "migrants", null, "7"), T0);
        KeyValueStore<Long, ValueAndTimestamp<ScoredPost>> buffer =
                driver.getTimestampedKeyValueStore(MatchTopology.POST_BATCH_STORE);
        posts.pipeInput(TestCorpus.P1.postId(), TestCorpus.P1, T0.plusSeconds(1));
        assertThat(matches.isEmpty()).isTrue();
        assertThat(buffer.approximateNumEntries()).isEqualTo(1);
        flushInterval();
        assertThat(matches.readKeyValuesToList()).extracting(kv -> kv.value.postId())
                .containsExactly(TestCorpus.P1.postId());
        assertThat(buffer.approximateNumEntries()).isZero();

        // a full batch is matched at once, its matches in the posts' order
        for (int i = 0; i < MatchTopology.BATCH_SIZE; i++) {
            ScoredPost post = i % 2 == 0 ? TestCorpus.P1 : TestCorpus.P2;
            posts.pipeInput(post.postId(), post, T0.plusSeconds(10 + i));
        }
        List<KeyValue<String, SearchMatch>> written = matches.readKeyValuesToList();
        assertThat(written).hasSize(MatchTopology.BATCH_SIZE / 2).allSatisfy(kv ->
                assertThat(kv.value.postId()).isEqualTo(TestCorpus.P1.postId()));
        assertThat(buffer.approximateNumEntries()).isZero();
    }

    /** Lets the step's wall-clock flush run, as it does every {@link PostMatcher#FLUSH_EVERY}. */
    private void flushInterval() {
        driver.advanceWallClockTime(PostMatcher.FLUSH_EVERY);
    }
}
