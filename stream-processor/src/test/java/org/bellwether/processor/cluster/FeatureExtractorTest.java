package org.bellwether.processor.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureExtractorTest {
    private final FeatureExtractor extractor = FeatureExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lower-cased, stop words gone     | The Bridge IS closed                          | bridge closed",
        "hashtag keeps its word           | fire near #ElmStreet                          | fire near elmstreet",
        "links and mentions skipped       | RT @city_news: flood https://t.co/xY warning  | flood warning",
        "one-letter words and digits gone | a b 7 12 km                                   | 12 km",
        "spanish and italian stop words   | el terremoto de la ciudad e il ponte          | terremoto ciudad ponte",
        "cyrillic                         | Метеорит упал в Челябинске                    | метеорит упал челябинске",
        "apostrophes split                | l'ospedale di Modena                           | ospedale modena",
    })
    void extractsTerms(String name, String text, String expected) {
        assertThat(List.of(extractor.extract(text).terms())).containsExactly(expected.split(" "));
    }

    @Test
    void countsRepeatsAndFingerprintsTheTermSet() {
        PostFeatures features = extractor.extract("flood flood warning downtown");
        assertThat(features.terms()).containsExactly("flood", "warning", "downtown");
        assertThat(features.counts()).containsExactly(2, 1, 1);
        PostFeatures copy = extractor.extract("RT @x: Downtown WARNING flood! https://t.co/other");
        assertThat(copy.fingerprint()).isEqualTo(features.fingerprint()).isNotZero();
        assertThat(extractor.extract("flood warning").fingerprint()).isZero();
        assertThat(extractor.extract("").isEmpty()).isTrue();
    }
}
