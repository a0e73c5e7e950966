package org.bellwether.processor.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.bellwether.model.RawPost;
import org.bellwether.processor.normalise.AuthorPseudonymiser;
import org.bellwether.processor.normalise.NeighbourhoodGazetteer;
import org.bellwether.processor.normalise.PostNormaliser;
import org.bellwether.processor.support.FakeEntityExtractor;
import org.bellwether.processor.support.FakeHarmScorer;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.Test;

class PostEnricherTest {
    private final PostNormaliser normaliser = new PostNormaliser(new AuthorPseudonymiser(TopologyFixture.KEY),
            NeighbourhoodGazetteer.empty());
    private final FakeEntityExtractor extractor = new FakeEntityExtractor();
    private final PostEnricher enricher = new PostEnricher(new FakeHarmScorer(), extractor);

    @Test
    void aTextRepeatedWordForWordIsScoredOnceWithTheSameResult() {
        EnrichedPost first = enrich("p1", "Those vermin from Eastgate again");
        EnrichedPost repeat = enrich("p2", "Those vermin from Eastgate again");
        EnrichedPost other = enrich("p3", "Festival in Riverside Park tonight");

        assertThat(repeat.post().postId()).isEqualTo("test:p2");
        assertThat(repeat.harm()).isEqualTo(first.harm());
        assertThat(repeat.entities()).containsExactly("Eastgate");
        assertThat(other.entities()).containsExactly("Riverside", "Park");
        assertThat(extractor.candidateFlags()).containsExactly(true, false);
    }

    @Test
    void longTextsAreNotRemembered() {
        String text = "Eastgate " + "word ".repeat(PostEnricher.CACHED_LENGTH / 5);
        enrich("p1", text);
        enrich("p2", text);

        assertThat(extractor.candidateFlags()).hasSize(2);
    }

    private EnrichedPost enrich(String id, String text) {
        RawPost post = TopologyFixture.post(id, text, TopologyFixture.T0);
        return enricher.enrich(normaliser.normalise(post));
    }
}
