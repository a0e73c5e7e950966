package org.bellwether.processor.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.RawPost;
import org.bellwether.model.ResponseEvent;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.processor.cluster.ClusteringSettings;
import org.bellwether.processor.cluster.NarrativeState;
import org.bellwether.processor.support.SyntheticStream;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NarrativeStepTest {
    private static final Instant T0 = TopologyFixture.T0;
    private final TopologyFixture fixture = new TopologyFixture(TopologyFixture.settings());

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void similarPostsShareANarrativeAndUnrelatedOnesStartTheirOwn() {
        fixture.pipe(TopologyFixture.post("a1", "bridge over the river closed after crack found", T0));
        fixture.pipe(TopologyFixture.post("b1", "music festival tickets sold out for saturday", T0.plusSeconds(60)));
        fixture.pipe(TopologyFixture.post("a2", "river bridge closed, engineers inspect the crack", T0.plusSeconds(120)));
        fixture.pipe(TopologyFixture.post("b2", "festival saturday: music lineup and tickets", T0.plusSeconds(180)));

        List<ScoredPost> posts = fixture.scoredPosts();
        assertThat(posts.get(0).narrativeId()).isEqualTo(posts.get(2).narrativeId());
        assertThat(posts.get(1).narrativeId()).isEqualTo(posts.get(3).narrativeId());
        assertThat(posts.get(0).narrativeId()).isNotEqualTo(posts.get(1).narrativeId());

        KeyValueStore<String, NarrativeState> store = fixture.keyValueStore(NarrativeStores.NARRATIVES);
        NarrativeState bridge = store.get(posts.get(0).narrativeId());
        assertThat(bridge.posts()).isEqualTo(2);
        assertThat(bridge.topTerms(3)).contains("bridge", "crack");
    }

    @Test
    void repostsAndNearIdenticalCopiesCountAsAmplification() {
        fixture.pipe(TopologyFixture.post("o1", "someone", "vaccine clinic hands out microchip injections",
                T0, null, null));
        fixture.pipe(TopologyFixture.post("r1", "other", "RT @someone: vaccine clinic hands out microchip injections",
                T0.plusSeconds(30), null, null));
        fixture.pipe(TopologyFixture.post("r2", "third", "look at this", T0.plusSeconds(40), null, "test:o1"));
        fixture.pipe(TopologyFixture.post("c1", "fourth", "Vaccine clinic hands out MICROCHIP injections https://t.co/x",
                T0.plusSeconds(50), null, null));

        List<ScoredPost> posts = fixture.scoredPosts();
        String narrative = posts.get(0).narrativeId();
        assertThat(posts).extracting(ScoredPost::narrativeId).containsOnly(narrative);
        assertThat(posts).extracting(ScoredPost::duplicateOf).containsExactly(null, "test:o1", "test:o1", "test:o1");
        fixture.driver.advanceWallClockTime(Duration.ofSeconds(5));
        Narrative last = lastSnapshots().get(narrative);
        assertThat(last.postCount()).isEqualTo(4);
        assertThat(last.amplificationCount()).isEqualTo(3);
        assertThat(last.distinctAuthors()).isEqualTo(4);
    }

    @Test
    void snapshotsAreRateLimitedButTheFinalStateAlwaysGoesOut() {
        for (int i = 0; i < 4; i++) {
            fixture.pipe(TopologyFixture.post("p" + i, "the storm warning is out, sandbags for the flood in basement " + i,
                    T0.plusSeconds(i)));
        }
        String narrative = fixture.scoredPosts().get(0).narrativeId();
        List<TestRecord<String, Narrative>> before = fixture.narrativeRecords();
        assertThat(before).hasSize(1);
        assertThat(before.get(0).value().postCount()).isEqualTo(1);
        assertThat(before.get(0).value().status()).isEqualTo(NarrativeStatus.EMERGING);

        fixture.driver.advanceWallClockTime(Duration.ofSeconds(3));

        List<TestRecord<String, Narrative>> flushed = fixture.narrativeRecords();
        assertThat(flushed).hasSize(1);
        Narrative snapshot = flushed.get(0).value();
        assertThat(snapshot.narrativeId()).isEqualTo(narrative);
        assertThat(snapshot.postCount()).isEqualTo(4);
        assertThat(snapshot.label()).contains("flood");
        assertThat(snapshot.representativePosts()).isNotEmpty();
        assertThat(snapshot.languages()).containsEntry("en", 4L);
        assertThat(snapshot.volumeSeries()).hasSize(1);
        assertThat(snapshot.volumeSeries().get(0).posts()).isEqualTo(4);
        assertThat(snapshot.metrics().volumeLastHour()).isEqualTo(4);
    }

    @Test
    void fadedNarrativesStopAttractingPosts() {
        fixture.pipe(TopologyFixture.post("old", "bridge river closed crack engineers", T0));
        fixture.pipe(TopologyFixture.post("new", "bridge river closed crack engineers inspection",
                T0.plus(Duration.ofDays(8))));

        List<ScoredPost> posts = fixture.scoredPosts();
        assertThat(posts.get(1).narrativeId()).isNotEqualTo(posts.get(0).narrativeId());
    }

    @Test
    void mergedNarrativesMoveTheirCountsSoNonMergedOnesAddUpToTheValidPosts() {
        ClusteringSettings base = ClusteringSettings.defaults();
        ClusteringSettings eager = new ClusteringSettings(base.centroidTerms(), base.indexTerms(), 0.5, 0.8, 0.05, 5.0,
                1.0, base.fadeMin(), base.fadeMax(), base.fadeGaps(), 10, 5, 10, 0.2, 2, 0.1, 0.3, 1.0, 20,
                base.mergeTagSimilarity(), base.mergeTagMinPosts(), base.reviveTagShare(), base.reviveWithin(),
                base.maxVocabulary());
        try (TopologyFixture eagerFixture = new TopologyFixture(TopologyFixture.settings().withClustering(eager))) {
            List<RawPost> stream = SyntheticStream.posts(300, T0, 7);
            stream.forEach(eagerFixture::pipe);
            eagerFixture.pipe(stream.get(10));
            eagerFixture.driver.advanceWallClockTime(Duration.ofSeconds(5));

            Set<String> postIds = new HashSet<>();
            eagerFixture.scoredPosts().forEach(post -> assertThat(postIds.add(post.postId())).isTrue());
            assertThat(postIds).hasSize(300);
            Map<String, Narrative> latest = new HashMap<>();
            eagerFixture.narrativeRecords().forEach(r -> latest.put(r.key(), r.value()));
            List<Narrative> merged = latest.values().stream().filter(n -> n.status() == NarrativeStatus.MERGED).toList();
            assertThat(merged).isNotEmpty().allSatisfy(n -> assertThat(latest).containsKey(n.mergedInto()));
            long sum = latest.values().stream().filter(n -> n.status() != NarrativeStatus.MERGED)
                    .mapToLong(Narrative::postCount).sum();
            assertThat(sum).isEqualTo(300);
        }
    }

    @Test
    void recordsResponsesInTheNarrativeState() {
        fixture.pipe(TopologyFixture.post("p1", "polling station ballots stolen says mayor", T0));
        String narrative = fixture.scoredPosts().get(0).narrativeId();
        fixture.narrativeRecords();

        Instant responded = T0.plus(Duration.ofHours(2));
        fixture.responses.pipeInput(narrative, new ResponseEvent(SchemaVersion.CURRENT, "r-1", narrative, "a-1",
                "radio", "en", responded, 1200L, null), responded);

        assertThat(fixture.narrativeRecords()).extracting(TestRecord::key).containsExactly(narrative);
        NarrativeState state = fixture.<String, NarrativeState>keyValueStore(NarrativeStores.NARRATIVES).get(narrative);
        assertThat(state.profile().firstResponseAt()).isEqualTo(responded.toEpochMilli());
        assertThat(state.profile().responses()).isEqualTo(1);
    }

    private Map<String, Narrative> lastSnapshots() {
        Map<String, Narrative> latest = new HashMap<>();
        fixture.narrativeRecords().forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }
}
