package org.bellwether.processor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folding a term: the light-stemmed form every matcher uses, and the form that keeps an Arabic word's endings. */
class TermFoldingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // written | folded (article and endings stemmed) | with its endings kept (prefixes only)
            "المثليين|مثل|مثليين",
            "والمثليون|مثل|مثليون",
            "مثل|مثل|مثل",
            "اللاجئين|لاجئ|لاجئين",
            "Flüchtlinge|fluchtlinge|fluchtlinge",
            "fuuuck|fuck|fuck"})
    void foldsAsTheMatchersDo(String written, String folded, String keepingEndings) {
        assertThat(TermFolding.fold(written)).isEqualTo(folded);
        assertThat(TermFolding.foldKeepingEndings(written)).isEqualTo(keepingEndings);
    }

    @Test
    void aPhraseIsNotStemmed() {
        assertThat(TermFolding.foldKeepingEndings("مجتمع الميم")).isEqualTo(TermFolding.fold("مجتمع الميم"));
    }
}
