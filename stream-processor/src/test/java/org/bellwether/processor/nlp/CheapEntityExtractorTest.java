package org.bellwether.processor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CheapEntityExtractorTest {

    private static final CheapEntityExtractor EXTRACTOR =
            new CheapEntityExtractor(Gazetteer.load(Set.of("Riverside Park")));

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("The mayor of New York City spoke", "en", List.of("New York City")),
                Arguments.of("Protest at Riverside Park tonight", "en", List.of("Riverside Park")),
                Arguments.of("The WHO says vaccines work", "en", List.of("WHO", "Vaccines")),
                Arguments.of("La OMS y la vacuna", "es", List.of("WHO", "Vaccines")),
                Arguments.of("#StopTheSteal rally in Phoenix", "en", List.of("#stopthesteal", "Phoenix")),
                Arguments.of("Die Regierung in Berlin lügt", "de", List.of("Government")),
                Arguments.of("Angela Merkel besucht Bad Homburg", "de", List.of("Angela Merkel", "Bad Homburg")),
                Arguments.of("I think this is fine.", "en", List.of()),
                Arguments.of("الحكومة فاسدة", "ar", List.of("Government")),
                Arguments.of("Bill de Blasio and Bill Gates", "en", List.of("Bill Gates", "Bill de Blasio")));
    }

    @ParameterizedTest
    @MethodSource("table")
    void extracts(String text, String lang, List<String> expected) {
        assertThat(EXTRACTOR.entities(text, lang, false)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void survivesHostileInput() {
        assertThat(EXTRACTOR.entities("", "en", true)).isEmpty();
        assertThat(EXTRACTOR.entities("A B C D E F G H I J K L M N O P Q R S T U V W X Y Z ".repeat(500), "en",
                true)).hasSizeLessThanOrEqualTo(CheapEntityExtractor.MAX_ENTITIES);
        assertThat(EXTRACTOR.entities("\u202E\u0000<script>alert(1)</script>", "und", false)).isNotNull();
    }
}
