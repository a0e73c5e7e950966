package org.bellwether.processor.harm.fold;

import static org.assertj.core.api.Assertions.assertThat;

import org.bellwether.processor.harm.judge.Judge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Folding towards the shipped English cue words: repairs what is hidden, leaves ordinary words alone. */
class ShippedFoldingTest {

    private static final ObfuscationFolder ENGLISH;

    static {
        FoldingVocabulary.Builder builder = new FoldingVocabulary.Builder();
        Judge.load().addVocabulary("en", builder);
        ENGLISH = new ObfuscationFolder(builder.build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "m i g r a n t s are vermin|migrants are vermin", "muuuslims|muslims", "j3ws|jews",
            "imm!grants|immigrants", "mslims are filth|muslims are filth", "r3fug33s|refugees", "k1ll them|kill them",
            "f4ggots|faggots", "mulsims|muslims", "ѵermin|vermin"})
    void repairsHiddenCueWords(String text, String folded) {
        assertThat(ENGLISH.fold(text)).isEqualTo(folded);
    }

    @Test
    void joinsArabicLettersSpacedOut() {
        FoldingVocabulary.Builder builder = new FoldingVocabulary.Builder();
        Judge.load().addVocabulary("ar", builder);
        ObfuscationFolder arabic = new ObfuscationFolder(builder.build());
        assertThat(arabic.fold("ا ل م ه ا ج ر ي ن حشرات.")).isEqualTo("المهاجرين حشرات.");
        assertThat(arabic.fold("أكره ا ل ي ه و د.")).isEqualTo("أكره اليهود.");
        assertThat(arabic.fold("و هو في البيت")).isEqualTo("و هو في البيت");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x", "see", "too", "room", "blood", "meee", "Mass", "Lee", "I'll", "he'll", "we'll",
            "homes", "blind", "illegal", "African", "mrs", "fml", "ppl", "wth", "bitch*", "refuges", "refuge",
            "The city opened new refuges", "romance", "Roman", "cons", "grants", "mission", "Jaws", "woman", "gayle",
            "muslin", "spice", "rapeseed", "Niger", "snigger", "coop", "2nd", "4ever", "b4", "covid-19", "U.S.A.",
            "e-mail", "co-op", "it's", "don't", "rock'n'roll", "a b c", "I a m"})
    void leavesOrdinaryWordsAlone(String text) {
        assertThat(ENGLISH.fold(text)).isEqualTo(text);
    }
}
