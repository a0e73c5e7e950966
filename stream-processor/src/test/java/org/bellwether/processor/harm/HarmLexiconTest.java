package org.bellwether.processor.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HarmLexiconTest {

    private static final HarmLexicon LEXICON = HarmLexicon.load();

    /** Text, language and a cue label with its matched text that must be among the hits. */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("Deport all the illegals now", "en", "exclusion 'deport'"),
                Arguments.of("Deport all the illegals now", "en", "target:migrants 'illegals'"),
                Arguments.of("They are vermin", "en", "dehumanising 'vermin'"),
                Arguments.of("#RefugeesWelcome here", "en", "counter '#refugeeswelcome'"),
                Arguments.of("Los inmigrantes ilegales", "es", "target:migrants 'inmigrantes'"),
                Arguments.of("Fuera los menas", "es", "slur:migrants 'menas'"),
                Arguments.of("Les migrants dehors", "fr", "exclusion 'dehors'"),
                Arguments.of("le grand remplacement", "fr", "slur:migrants 'grand remplacement'"),
                Arguments.of("Dieses Asylantenpack muss raus", "de", "slur:migrants 'asylantenpack'"),
                Arguments.of("Flüchtlingsflut stoppen", "de", "dehumanising 'fluchtlingsflut'"),
                Arguments.of("Die Regierung ist korrupt", "de", "institution_hostility 'korrupt'"),
                Arguments.of("اطردوا اللاجئين", "ar", "target:migrants 'لاجئ'"),
                Arguments.of("الحكومة فاسدة", "ar", "target:anti_institution 'حكوم'"),
                Arguments.of("you stupid 🐒", "en", "dehumanising '🐒'"),
                Arguments.of("che cazzo", "it", "profanity 'cazzo'"),
                Arguments.of("what the fuck", "en", "profanity 'fuck'"));
    }

    @ParameterizedTest
    @MethodSource("table")
    void finds(String text, String lang, String expectedReason) {
        List<String> reasons = PostAnalysis.of(text, lang, LEXICON).hits().stream().map(CueHit::reason).toList();
        assertThat(reasons).contains(expectedReason);
    }

    @Test
    void unknownLanguagesMatchEveryCoreLexiconAtLowerWeight() {
        List<CueHit> hits = PostAnalysis.of("deport the refugees", "und", LEXICON).hits();
        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.weight()).isLessThan(hit.cue().weight()));
    }

    @Test
    void everyCoreLanguageIsLoaded() {
        assertThat(LEXICON.languages()).containsAll(HarmLexicon.CORE_LANGUAGES).contains("xx", "it", "ru");
    }

    @Test
    void phrasesFoldLikeTokens() {
        assertThat(HarmLexicon.foldPhrase("Flüchtling*")).isEqualTo("fluchtling*");
        assertThat(HarmLexicon.foldPhrase("#BuildTheWall")).isEqualTo("#buildthewall");
        assertThat(HarmLexicon.foldPhrase("send ? back")).isEqualTo("send ? back");
    }
}
