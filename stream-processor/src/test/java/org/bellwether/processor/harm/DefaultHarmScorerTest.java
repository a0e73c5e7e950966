package org.bellwether.processor.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.Stream;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultHarmScorerTest {

    private static final DefaultHarmScorer SCORER = DefaultHarmScorer.load();

    /** Text, language, the category that must score at least 0.5, and a substring of one of its reasons. */
    static Stream<Arguments> categories() {
        return Stream.of(
                Arguments.of("Deport these rapefugees, they are vermin", "en", HarmCategory.HATE_MIGRANTS,
                        "rapefugee"),
                Arguments.of("Muslims are a cancer, ban them all", "en", HarmCategory.HATE_RELIGION, "muslim"),
                Arguments.of("the jews are parasites", "en", HarmCategory.HATE_RELIGION, "parasites"),
                Arguments.of("Go back to Africa you filthy animals", "en", HarmCategory.HATE_ORIGIN, "africa"),
                Arguments.of("women are all dumb bitches", "en", HarmCategory.HATE_GENDER, "bitch"),
                Arguments.of("shut up you dumb bitch", "en", HarmCategory.OFFENSIVE, "bitch"),
                Arguments.of("faggots should not be allowed near kids", "en", HarmCategory.HATE_SEXUALITY, "faggot"),
                Arguments.of("We will hunt them down and kill them all", "en", HarmCategory.THREAT, "kill"),
                Arguments.of("The corrupt government are traitors", "en", HarmCategory.ANTI_INSTITUTION, "corrupt"),
                Arguments.of("the mayor is a fucking idiot", "en", HarmCategory.ANTI_INSTITUTION, "idiot"),
                Arguments.of("5G towers spread the coronavirus, share before they delete it", "en",
                        HarmCategory.MISINFORMATION, "debunked:5g-covid"),
                Arguments.of("Official CDC advice here: https://cdc.gov.health-alerts.ru/masks", "en",
                        HarmCategory.MISINFORMATION, "look-alike"),
                Arguments.of("Los inmigrantes son una plaga, hay que expulsarlos", "es", HarmCategory.HATE_MIGRANTS,
                        "inmigrantes"),
                Arguments.of("Les musulmans sont des parasites, dehors", "fr", HarmCategory.HATE_RELIGION,
                        "musulmans"),
                Arguments.of("Diese Flüchtlinge sind Ungeziefer, abschieben!", "de", HarmCategory.HATE_MIGRANTS,
                        "fluchtlinge"),
                Arguments.of("اطردوا اللاجئين الكلاب", "ar", HarmCategory.HATE_MIGRANTS, "لاجئ"),
                // "gay people" spelt out in spaced letters: the group's one-word name, with its endings kept
                Arguments.of("ا ل م ث ل ي ي ن حشرات", "ar", HarmCategory.HATE_SEXUALITY, "target:lgbtq"),
                Arguments.of("what the fuck is this shit", "en", HarmCategory.OFFENSIVE, "profanity"));
    }

    @ParameterizedTest
    @MethodSource("categories")
    void scoresEachCategoryWithReasons(String text, String lang, HarmCategory category, String reason) {
        Harm harm = SCORER.score(text, lang);
        HarmScore score = harm.score(category).orElseThrow(() -> new AssertionError(category + " missing: " + harm));
        assertThat(score.score()).as(harm.toString()).isGreaterThanOrEqualTo(0.5);
        assertThat(String.join(" ", score.reasons())).contains(reason);
    }

    /** Offensive, or about a group, but not hate. */
    static Stream<Arguments> notHate() {
        return Stream.of(
                Arguments.of("fuck this shit, what a fucking day", "en"),
                Arguments.of("holy shit that concert was fucking amazing", "en"),
                Arguments.of("Refugees welcome! Donate to help refugees rebuild their lives", "en"),
                Arguments.of("The council meets the Muslim community on Tuesday about the new mosque", "en"),
                Arguments.of("Putain, quelle journée de merde", "fr"),
                Arguments.of("Scheiße, der Zug ist wieder zu spät", "de"),
                Arguments.of("Joder, qué mierda de tiempo", "es"),
                Arguments.of("shut up you dumb bitch", "en"));
    }

    @ParameterizedTest
    @MethodSource("notHate")
    void profanityAloneIsNotHate(String text, String lang) {
        Harm harm = SCORER.score(text, lang);
        assertThat(HarmTask.HATE.score(harm)).as(harm.toString()).isLessThan(HarmTask.HATE.threshold());
        assertThat(harm.score(HarmCategory.THREAT).map(HarmScore::score).orElse(0.0)).isLessThan(0.5);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"x", "X marks the spot", "xxx", "x x x", "a b c"})
    void aLoneLetterIsNotProfanity(String text) {
        Harm harm = SCORER.score(text, "en");
        assertThat(harm.score(HarmCategory.OFFENSIVE)).as(harm.toString()).isEmpty();
    }

    @Test
    void profanityIsTheOffensiveSignal() {
        Harm harm = SCORER.score("fuck this shit", "en");
        assertThat(harm.score(HarmCategory.OFFENSIVE)).isPresent();
        assertThat(harm.overall()).isLessThan(HarmTask.HATE.threshold());
    }

    @Test
    void blandTextScoresNothingMuch() {
        Harm harm = SCORER.score("Lovely sunny morning at the farmers market, the peaches are great", "en");
        assertThat(harm.overall()).isLessThan(0.3);
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("kill ".repeat(100_000)),
                Arguments.of("\u0000\u0001\u0002\u001b[31m\u007f"),
                Arguments.of("\u202Edeport\u202C \u200Fthe\u200E \u2066refugees\u2069"),
                Arguments.of("😀🔫💣🖕".repeat(5_000)),
                Arguments.of("<script>alert('x')</script><img src=x onerror=alert(1)> &lt;b&gt;"),
                Arguments.of("\uD800\uDC00\uD800 lone surrogates \uDC00"),
                Arguments.of("https://" + "a.".repeat(20_000) + "com"),
                Arguments.of("#" + "x".repeat(50_000)),
                Arguments.of(""),
                Arguments.of("ᚠᛇᚻ᛫ᛒᛦᚦ ⠊⠀⠉⠁⠝ 日本語のテキスト"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void neverFailsOnHostileInput(String text) {
        for (String lang : new String[] {"en", "ar", "und", "zz", null, "EN-gb"}) {
            assertThatCode(() -> {
                Harm harm = SCORER.score(text, lang);
                assertThat(harm.overall()).isBetween(0.0, 1.0);
                harm.scores().forEach(s -> assertThat(s.reasons()).allSatisfy(r -> assertThat(r).hasSizeLessThan(300)));
            }).doesNotThrowAnyException();
        }
    }

    @Test
    void otherLanguagesDegradeToLowerConfidence() {
        double core = SCORER.score("deport the rapefugees", "en").overall();
        double other = SCORER.score("deport the rapefugees", "sv").overall();
        assertThat(other).isGreaterThan(0.0).isLessThan(core);
        assertThat(SCORER.score("ta bort flyktingarna", "sv").overall()).isLessThan(0.3);
    }
}
