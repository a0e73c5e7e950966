package org.bellwether.tools.harm.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bellwether.processor.harm.DefaultHarmScorer;
import org.junit.jupiter.api.Test;

/**
 * The suite's shape: every function in every language, enough cases, both labels. Pass rates are measured, never
 * asserted here (the suite must not become a target that values are chosen against).
 */
class FunctionalSuiteTest {

    static final Set<String> FUNCTIONS = Set.of("derogation", "threat", "slur", "profanity", "pronoun_reference",
            "negation", "question_opinion", "identity_neutral", "identity_positive", "counter_quote",
            "counter_reference", "abuse_individual", "abuse_object", "spelling");
    static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "de", "ar");

    private final List<FunctionalCase> cases = readCases();

    static List<FunctionalCase> readCases() {
        try {
            return FunctionalSuite.read(Path.of("..").resolve(FunctionalSuite.CASES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyFunctionHasEnoughCasesInEveryLanguage() {
        Map<String, Map<String, Long>> counts = cases.stream().collect(Collectors.groupingBy(FunctionalCase::lang,
                Collectors.groupingBy(FunctionalCase::function, Collectors.counting())));
        assertThat(counts.keySet()).isEqualTo(LANGUAGES);
        counts.forEach((lang, byFunction) -> {
            assertThat(byFunction.keySet()).as(lang).isEqualTo(FUNCTIONS);
            long minimum = "en".equals(lang) ? 25 : 10;
            byFunction.forEach((function, count) -> assertThat(count).as(lang + " " + function)
                    .isGreaterThanOrEqualTo(minimum));
        });
    }

    @Test
    void casesAreWellFormedAndCoverTheTargets() {
        assertThat(cases).extracting(FunctionalCase::id).doesNotHaveDuplicates();
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.label()).isIn("hateful", "not_hateful");
            assertThat(c.text()).isNotBlank();
        });
        assertThat(cases.stream().map(FunctionalCase::target).collect(Collectors.toSet())).containsAll(Set.of(
                "migrants", "muslims", "jews", "roma", "black", "women", "lgbtq", "disabled"));
        assertThat(cases.stream().filter(FunctionalCase::counterSpeech)).allMatch(c -> !c.hateful());
        assertThat(cases.stream().filter(c -> c.function().equals("profanity")).map(FunctionalCase::label))
                .contains("hateful", "not_hateful");
    }

    @Test
    void theRunnerReportsEveryLanguageAndFunction() {
        FunctionalSuite.Result result = FunctionalSuite.run(DefaultHarmScorer.load(), cases);
        assertThat(result.cases()).isEqualTo(cases.size());
        assertThat(result.passRates().keySet()).isEqualTo(LANGUAGES);
        result.passRates().values().forEach(rates -> assertThat(rates.keySet()).isEqualTo(FUNCTIONS));
        assertThat(result.macroF1()).isBetween(0.0, 1.0);
        assertThat(result.macroF1ByLanguage().keySet()).isEqualTo(LANGUAGES);
        assertThat(result.counterSpeechAsHate()).isBetween(0.0, 1.0);
    }
}
