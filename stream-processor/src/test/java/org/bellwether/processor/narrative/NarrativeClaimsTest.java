package org.bellwether.processor.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bellwether.model.Narrative;
import org.bellwether.model.ScoredPost;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.PipelineCounters;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.bellwether.processor.support.FakeEntityExtractor;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A narrative counts the debunked claims its posts matched, with the shipped harm scorer. */
class NarrativeClaimsTest {
    private static final Instant T0 = TopologyFixture.T0;

    private final TopologyFixture fixture = new TopologyFixture(new Pipeline(TopologyFixture.settings(),
            DefaultHarmScorer.load(), new FakeEntityExtractor(), TopologyFixture.CLOCK, new PipelineCounters()));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNarrativeWhosePostsMatchADebunkedClaimCarriesItsId() {
        List<String> texts = List.of("5G towers are spreading the coronavirus in our town, switch them off",
                "The coronavirus is spread by the 5G towers in our town, switch them off now",
                "Switch off the 5G towers in our town, they spread the coronavirus");
        for (int i = 0; i < texts.size(); i++) {
            fixture.pipe(TopologyFixture.post("g" + i, texts.get(i), T0.plus(Duration.ofMinutes(i))));
        }
        fixture.pipe(TopologyFixture.post("f1", "Festival tickets for saturday sold out at the park",
                T0.plus(Duration.ofMinutes(5))));

        List<ScoredPost> scored = fixture.scoredPosts();
        List<ScoredPost> claimed = scored.stream().filter(p -> p.harm().debunkedClaims().contains("5g-covid"))
                .toList();
        assertThat(claimed).as("the shipped scorer knows the 5G claim").hasSize(3);
        Map<String, Long> postsPerNarrative = claimed.stream()
                .collect(Collectors.groupingBy(ScoredPost::narrativeId, Collectors.counting()));

        Map<String, Narrative> latest = latest();
        postsPerNarrative.forEach((narrativeId, posts) ->
                assertThat(latest.get(narrativeId).claims()).containsExactly(Map.entry("5g-covid", posts)));
        String festival = scored.stream().filter(p -> p.postId().endsWith("f1")).findFirst().orElseThrow()
                .narrativeId();
        assertThat(postsPerNarrative).doesNotContainKey(festival);
        assertThat(latest.get(festival).claims()).isEmpty();
    }

    private Map<String, Narrative> latest() {
        fixture.driver.advanceWallClockTime(Duration.ofSeconds(5));
        Map<String, Narrative> latest = new HashMap<>();
        fixture.narrativeRecords().forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }
}
