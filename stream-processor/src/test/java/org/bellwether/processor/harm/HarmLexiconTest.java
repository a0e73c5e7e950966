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
                Arguments.of("Asylum seekers are parasites", "en", "target:migrants 'asylum seekers'"),
                Arguments.of("Asylum seekers are parasites", "en", "dehumanising 'parasites'"),
                Arguments.of("you worthless idiot", "en", "insult 'idiot'"),
                Arguments.of("we will exterminate them", "en", "threat 'exterminate'"),
                Arguments.of("The council is corrupt", "en", "institution_hostility 'corrupt'"),
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

    /**
     * English group names, slurs and hostile acts come only from the judgement lexicon: the English cue file's lines
     * of those kinds were written while reading HatEval errors (docs/DATA.md), so the file may hold none again.
     */
    @Test
    void theEnglishCueFileHoldsOnlyInstitutionsAndClaims() throws java.io.IOException {
        try (java.io.InputStream in = HarmLexicon.class.getResourceAsStream("lexicon/en.tsv")) {
            List<String> kinds = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf('\t'))).distinct().toList();
            assertThat(kinds).containsExactlyInAnyOrder("target:institution", "institution_hostility", "claim");
        }
        assertThat(HarmLexicon.FROM_JUDGEMENT).containsExactly("en");
    }
}
