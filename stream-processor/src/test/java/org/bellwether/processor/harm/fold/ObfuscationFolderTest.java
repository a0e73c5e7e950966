package org.bellwether.processor.harm.fold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each folding rule as a table of obfuscated inputs and the plain text they fold to, and what must stay as it is. */
class ObfuscationFolderTest {

    private static final FoldingVocabulary VOCABULARY = new FoldingVocabulary.Builder()
            .add("migrants", true).add("migrant", true).add("muslims", true).add("muslim", true).add("jews", true)
            .add("immigrants", true).add("refugees", true).add("women", true).add("vermin", true)
            .add("fuck", false).add("shit", false).add("slut", false).add("kill", false).add("faggot", true)
            .add("gypsies", true).add("moslem*", true).build();
    private static final ObfuscationFolder FOLDER = new ObfuscationFolder(VOCABULARY);

    @ParameterizedTest(name = "confusable: {0}")
    @CsvSource(delimiter = '|', value = {
            "I hate muslіms|I hate muslims",           // Cyrillic i
            "mіgrаnts are vermin|migrants are vermin", // Cyrillic i and a
            "ԝomen are stupid|women are stupid",       // Cyrillic komi we
            "ѵеrmin|vermin"})                          // Cyrillic izhitsa and ie
    void confusables(String text, String folded) {
        assertThat(FOLDER.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "leetspeak: {0}")
    @CsvSource(delimiter = '|', value = {
            "j3ws are vermin|jews are vermin",
            "imm!grants out|immigrants out",
            "$lut|slut",
            "mu$l1ms|muslims",
            "k1ll them all|kill them all",
            "ki11 them|kill them",
            "r3fug33s go home|refugees go home",
            "W0MEN are inferior|women are inferior"})
    void leetspeak(String text, String folded) {
        assertThat(FOLDER.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "masks and separators: {0}")
    @CsvSource(delimiter = '|', value = {
            "f*ck this|fuck this",
            "sh*t|shit",
            "m.i.g.r.a.n.t.s are vermin|migrants are vermin",
            "mus-lims!|muslims!",
            "f@gg0t|faggot",
            "#m1grants|#migrants"})
    void masksAndSeparators(String text, String folded) {
        assertThat(FOLDER.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "spaced and split: {0}")
    @CsvSource(delimiter = '|', value = {
            "m i g r a n t s are vermin|migrants are vermin",
            "I hate m u s l i m s.|I hate muslims.",
            "those r e f u g e e s|those refugees",
            "I hate mus lims|I hate muslims",
            "immi grants are vermin|immigrants are vermin"})
    void spacedAndSplitLetters(String text, String folded) {
        assertThat(FOLDER.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "repeated, dropped, swapped: {0}")
    @CsvSource(delimiter = '|', value = {
            "muuuslims are vermin|muslims are vermin",
            "muuslims|muslims",
            "immmigrants|immigrants",
            "I hate mslims|I hate muslims",
            "immigrnts are vermin|immigrants are vermin",
            "jws|jews",
            "mgrnts|migrants",
            "mulsims are vermin|muslims are vermin",
            "vremin|vermin"})
    void repeatedDroppedAndSwappedLetters(String text, String folded) {
        assertThat(FOLDER.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "unchanged: {0}")
    @ValueSource(strings = {
            "The city opened two new refuges for the winter.", "I love my mom", "We need 4 more chairs",
            "Call 555-0134 now", "x", "X marks the spot", "a b c", "I am a b", "It's 3pm, we're at the mosque",
            "Kill the lights and shut the door", "The Roman baths are open", "Jaws is a film", "women", "Don't go",
            "@j3ws https://example.org/j3ws www.j3ws.org", "Ça va très bien", "Die Ausländerbehörde ist geschlossen",
            "اللاجئون مرحب بهم", "Хорошо", "the 1st, 2nd and 3rd", "covid-19 and h1n1", "hmm, brr, shh", "U.S.A.",
            "muslin curtains", "grants and loans", "Is lam a word?", "wo men"})
    void ordinaryTextIsLeftAsItIs(String text) {
        assertThat(FOLDER.fold(text)).isEqualTo(text);
    }

    @Test
    void aLoneLetterNeverBecomesAWord() {
        for (char c = 'a'; c <= 'z'; c++) {
            assertThat(FOLDER.fold(String.valueOf(c))).isEqualTo(String.valueOf(c));
            assertThat(FOLDER.fold("so " + c + " ok")).isEqualTo("so " + c + " ok");
        }
    }

    @Test
    void prefixEntriesAcceptRepairsThatStartWithThem() {
        assertThat(FOLDER.fold("m0slems")).isEqualTo("moslems");
    }
}
