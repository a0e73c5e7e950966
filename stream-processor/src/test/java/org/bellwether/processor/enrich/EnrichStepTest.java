package org.bellwether.processor.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.ScoredPost;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.PipelineCounters;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.support.FakeEntityExtractor;
import org.bellwether.processor.support.FakeHarmScorer;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.Test;

class EnrichStepTest {

    @Test
    void scoresHarmThenAsksForEntitiesWithTheCandidateFlag() {
        FakeEntityExtractor extractor = new FakeEntityExtractor();
        Pipeline pipeline = new Pipeline(ProcessorSettings.defaults(TopologyFixture.KEY), new FakeHarmScorer(), extractor,
                Clock.systemUTC(), new PipelineCounters());
        try (TopologyFixture fixture = new TopologyFixture(pipeline)) {
            fixture.pipe(TopologyFixture.post("p1", "Festival in Riverside Park tonight", TopologyFixture.T0));
            fixture.pipe(TopologyFixture.post("p2", "Those vermin from Eastgate again", TopologyFixture.T0));

            ScoredPost harmless = fixture.scored.readValue();
            ScoredPost harmful = fixture.scored.readValue();
            assertThat(harmless.harm().overall()).isZero();
            assertThat(harmless.entities()).containsExactly("Riverside", "Park");
            assertThat(harmful.harm().overall()).isEqualTo(0.9);
            assertThat(harmful.harm().scores().get(0).category()).isEqualTo(HarmCategory.HATE_MIGRANTS);
            assertThat(harmful.harm().scores().get(0).reasons()).containsExactly("dehumanising term 'vermin'");
            assertThat(harmful.entities()).containsExactly("Eastgate");
            assertThat(extractor.candidateFlags()).containsExactly(false, true);
        }
    }
}
