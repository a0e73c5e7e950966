package org.bellwether.processor.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.junit.jupiter.api.Test;

class AbusiveModelsTest {

    @Test
    void picksTheLanguageModelAndFallsBackToTheMultilingualOne() {
        LinearModel german = new LinearModel(new float[HashedFeatures.DIMENSION], 1f);
        LinearModel multilingual = new LinearModel(new float[HashedFeatures.DIMENSION], -1f);
        AbusiveModels models = new AbusiveModels(Map.of("de", german), multilingual);
        assertThat(models.forLanguage("de")).isSameAs(german);
        assertThat(models.forLanguage("es")).isSameAs(multilingual);
        assertThat(models.forLanguage("und")).isSameAs(multilingual);
    }

    @Test
    void everyShippedModelLoads() {
        for (String lang : DefaultHarmScorer.ABUSIVE_LANGUAGES) {
            assertThat(DefaultHarmScorer.model(String.format(DefaultHarmScorer.ABUSIVE_LANGUAGE_MODEL, lang)).nonZero())
                    .as(lang).isGreaterThan(10_000);
        }
        assertThat(DefaultHarmScorer.model(DefaultHarmScorer.ABUSIVE_MODEL).nonZero()).isGreaterThan(10_000);
        assertThat(DefaultHarmScorer.model(DefaultHarmScorer.MISINFORMATION_MODEL).nonZero()).isGreaterThan(10_000);
    }

    @Test
    void candidatesAreThePostsWorthNer() {
        Harm weak = Harm.of(List.of(new HarmScore(HarmCategory.HATE_ORIGIN, 0.1, List.of())));
        Harm strong = Harm.of(List.of(new HarmScore(HarmCategory.THREAT, 0.8, List.of("threat 'kill them'"))));
        Harm offensiveOnly = Harm.of(List.of(new HarmScore(HarmCategory.OFFENSIVE, 0.9, List.of())));
        assertThat(HarmScorer.isCandidate(weak)).isFalse();
        assertThat(HarmScorer.isCandidate(strong)).isTrue();
        assertThat(HarmScorer.isCandidate(offensiveOnly)).isFalse();
        assertThat(HarmScorer.isCandidate(null)).isFalse();
    }
}
