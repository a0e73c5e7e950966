package org.bellwether.processor.harm.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bellwether.model.HarmCategory;
import org.junit.jupiter.api.Test;

/** The judgement lexicon's phrases written out for a plain phrase matcher (what the cue lexicon reads). */
class JudgementLexiconTest {

    @Test
    void phrasesAreWrittenOutOnePerForm() {
        JudgementLexicon lexicon = JudgementLexicon.of("en", List.of(
                "target\tmigrants\t1.0\tmigrant+|asylum seeker+",
                "target\tother\t1.0\tracist+",
                "act\tdehumanising\t0.9\tsub-human+|rat*",
                "act\tthreat\t0.95\tshoot ? down\t3",
                "slur\tjews\t0.95\tkike+",
                "pronoun\tgroup\t1.0\tthey",
                "stance\tnegation\t1.0\tnot"));

        assertThat(lexicon.phrases()).containsExactly(
                new JudgementLexicon.Phrase(HarmCategory.HATE_MIGRANTS, null, 1.0, "migrant"),
                new JudgementLexicon.Phrase(HarmCategory.HATE_MIGRANTS, null, 1.0, "migrants"),
                new JudgementLexicon.Phrase(HarmCategory.HATE_MIGRANTS, null, 1.0, "asylum seeker"),
                new JudgementLexicon.Phrase(HarmCategory.HATE_MIGRANTS, null, 1.0, "asylum seekers"),
                new JudgementLexicon.Phrase(null, "dehumanising", 0.9, "sub human"),
                new JudgementLexicon.Phrase(null, "dehumanising", 0.9, "sub humans"),
                new JudgementLexicon.Phrase(null, "dehumanising", 0.9, "rat*"),
                new JudgementLexicon.Phrase(null, "threat", 0.95, "shoot ? down"),
                new JudgementLexicon.Phrase(HarmCategory.HATE_RELIGION, "slur", 0.95, "kike"),
                new JudgementLexicon.Phrase(HarmCategory.HATE_RELIGION, "slur", 0.95, "kikes"));
    }

    @Test
    void aWordKeepingItsEndingsIsOneWordAndNoPlainPhrase() {
        JudgementLexicon arabic = JudgementLexicon.of("ar", List.of("target\tlgbtq\t1.0\t=المثليين|مجتمع الميم"));
        assertThat(arabic.phrases()).extracting(JudgementLexicon.Phrase::words).containsExactly("مجتمع ميم");
        assertThatThrownBy(() -> JudgementLexicon.of("ar", List.of("target\tlgbtq\t1.0\t=مجتمع الميم")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one word");
    }

    @Test
    void inflectionFollowsTheLanguage() {
        JudgementLexicon german = JudgementLexicon.of("de", List.of("target\tmigrants\t1.0\tAusländer+"));
        assertThat(german.phrases()).extracting(JudgementLexicon.Phrase::words).containsExactly("auslander",
                "auslandere", "auslanderen", "auslandern", "auslanderer", "auslanderin", "auslanderinnen",
                "auslanders");
    }
}
