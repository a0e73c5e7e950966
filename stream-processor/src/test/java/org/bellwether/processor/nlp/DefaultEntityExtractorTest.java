package org.bellwether.processor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultEntityExtractorTest {

    @Test
    void withNerOffItIsTheCheapExtractor() {
        DefaultEntityExtractor extractor = new DefaultEntityExtractor(NlpSettings.cheapOnly());
        assertThat(extractor.nerEnabled()).isFalse();
        assertThat(extractor.entities("Protest outside City Hall in Boston", "en", true))
                .contains("City Hall", "Boston");
    }

    @Test
    void nerRunsOnlyForEnglishCandidates() {
        NlpSettings settings = new NlpSettings(true, false, NlpSettings.CONLL_4CLASS, 500, Set.of());
        DefaultEntityExtractor extractor = new DefaultEntityExtractor(settings);
        extractor.entities("barack obama visited chicago", "en", false);
        extractor.entities("barack obama a visité chicago", "fr", true);
        assertThat(extractor.nerEnabled()).isTrue();
        assertThat(extractor.nerLoaded()).isFalse();
    }

    @Test
    void coreNlpFindsLowerCaseNamesTheCheapExtractorMisses() {
        CoreNlpNer ner = new CoreNlpNer(NlpSettings.CONLL_4CLASS);
        assertThat(ner.entities("Yesterday Barack Obama flew from Chicago to Paris with Microsoft staff."))
                .contains("Barack Obama", "Chicago", "Paris", "Microsoft");
        assertThat(ner.loaded()).isTrue();
    }
}
