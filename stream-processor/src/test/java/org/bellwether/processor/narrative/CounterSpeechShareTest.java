package org.bellwether.processor.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Narrative;
import org.bellwether.model.ResponseEvent;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.ScoredPost;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.PipelineCounters;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.bellwether.processor.harm.HarmTask;
import org.bellwether.processor.support.FakeEntityExtractor;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The counter-speech share of a narrative, with the shipped harm judgement. */
class CounterSpeechShareTest {
    private static final Instant T0 = TopologyFixture.T0;
    private static final String QUOTING_RESPONSE =
            "Stop sharing the post that says migrants are vermin. It is hateful and untrue.";

    private final PipelineCounters counters = new PipelineCounters();
    private final TopologyFixture fixture = new TopologyFixture(new Pipeline(TopologyFixture.settings(),
            DefaultHarmScorer.load(), new FakeEntityExtractor(), TopologyFixture.CLOCK, counters));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void postsJudgedCounterSpeechMakeUpTheShare() {
        fixture.pipe(TopologyFixture.post("c1", QUOTING_RESPONSE, T0));
        ScoredPost scored = fixture.scoredPosts().get(0);
        assertThat(scored.harm().score(HarmCategory.COUNTER_SPEECH)).isPresent();

        Narrative narrative = latest().get(scored.narrativeId());
        assertThat(narrative.counterSpeechShare()).isEqualTo(1.0);
    }

    @Test
    void aMessengersResponseCountsAsCounterSpeechAndNeverAsHate() {
        fixture.pipe(TopologyFixture.post("h1", "Migrants are vermin, the shelter on Tanner Street has to go", T0));
        ScoredPost hate = fixture.scoredPosts().get(0);
        assertThat(HarmTask.HATE.score(hate.harm())).isGreaterThanOrEqualTo(HarmTask.HATE.threshold());
        Narrative before = latest().get(hate.narrativeId());
        assertThat(before.counterSpeechShare()).isZero();

        Instant responded = T0.plus(Duration.ofHours(1));
        fixture.responses.pipeInput(hate.narrativeId(), new ResponseEvent(SchemaVersion.CURRENT, "r-1",
                hate.narrativeId(), "a-1", "radio", "en", responded, 300L, QUOTING_RESPONSE), responded);

        Narrative after = latest().get(hate.narrativeId());
        assertThat(after.counterSpeechShare()).isEqualTo(0.5);
        assertThat(after.harmMix()).isEqualTo(before.harmMix());
        assertThat(after.postCount()).isEqualTo(before.postCount());
        assertThat(counters.snapshotCounts()).containsEntry("responses", 1L)
                .containsEntry("responses_judged_hateful", 0L);
    }

    private Map<String, Narrative> latest() {
        fixture.driver.advanceWallClockTime(Duration.ofSeconds(5));
        Map<String, Narrative> latest = new HashMap<>();
        fixture.narrativeRecords().forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }
}
