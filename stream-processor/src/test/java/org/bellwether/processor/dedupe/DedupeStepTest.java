package org.bellwether.processor.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.bellwether.model.RawPost;
import org.bellwether.model.ScoredPost;
import org.bellwether.processor.narrative.NarrativeStores;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DedupeStepTest {
    private final TopologyFixture fixture = new TopologyFixture(TopologyFixture.settings());

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void passesEachPostIdOnceAndCountsTheRepeats() {
        RawPost post = TopologyFixture.post("p1", "Water main burst on Elm Street", TopologyFixture.T0);
        fixture.pipe(post);
        fixture.pipe(post);
        fixture.pipe(TopologyFixture.post("p1", "edited text, same id", TopologyFixture.T0.plusSeconds(60)));
        fixture.pipe(TopologyFixture.post("p2", "Water main burst on Elm Street", TopologyFixture.T0.plusSeconds(61)));

        assertThat(fixture.scoredPosts()).extracting(ScoredPost::postId).containsExactly("test:p1", "test:p2");
        assertThat(fixture.pipeline.counters().snapshotCounts()).containsEntry("duplicate", 2L);
        assertThat(fixture.<String, String>keyValueStore(NarrativeStores.RECENT_POSTS + "-values").get("test:p1"))
                .startsWith(TopologyFixture.T0.toEpochMilli() + "|");
    }

    @Test
    void forgetsIdsAfterTheRetention() {
        fixture.pipe(TopologyFixture.post("p1", "first", TopologyFixture.T0));
        fixture.pipe(TopologyFixture.post("p1", "again, eight days later",
                TopologyFixture.T0.plus(java.time.Duration.ofDays(8))));

        assertThat(fixture.scoredPosts()).hasSize(2);
    }
}
