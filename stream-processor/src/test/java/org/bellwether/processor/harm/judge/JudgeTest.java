package org.bellwether.processor.harm.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.model.HarmCategory;
import org.bellwether.processor.nlp.PostTokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Target, act and stance per post, as tables of text and the reason the judgement must give. */
class JudgeTest {

    private static final Judge JUDGE = Judge.load();

    private static Judgement judge(String text, String lang) {
        return JUDGE.judge(text, PostTokenizer.tokenize(text), lang);
    }

    private static List<String> reasons(Judgement judgement) {
        return judgement.findings().stream().map(Finding::reason).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I hate women.|en|target:women · act:hate-emotion · stance:asserted",
            "Migrants are vermin.|en|target:migrants · act:dehumanising · stance:asserted",
            "Migrants? They are vermin.|en|target:migrants · act:dehumanising · stance:asserted",
            "We will burn the shelter down tonight, migrants out|en|target:migrants · act:threat · stance:asserted",
            "Deport all Muslims now|en|target:muslims · act:exclusion · stance:asserted",
            "Why are disabled people so useless?|en|target:disabled · act:derogation · stance:asserted",
            "Fuck all trans people.|en|target:lgbtq · act:profanity · stance:asserted",
            "Shut up, white trash.|en|target:origin · act:slur · stance:asserted",
            "Migrants are not vermin.|en|target:migrants · act:dehumanising · stance:negated",
            "I would never hurt a Jew.|en|target:jews · act:threat · stance:negated",
            "Nobody should ever say that Roma are animals.|en|target:roma · act:dehumanising · stance:negated",
            "I don't think that all of these refugees are criminals.|en|"
                    + "target:migrants · act:derogation · stance:negated",
            "I say we deport them all, migrants out.|en|target:migrants · act:exclusion · stance:asserted",
            "I don't care what anyone thinks, migrants are vermin.|en|"
                    + "target:migrants · act:dehumanising · stance:asserted",
            "Is it true that Roma are thieves?|en|target:roma · act:derogation · stance:questioned",
            "He said Black people are animals.|en|target:black · act:dehumanising · stance:quoted",
            "Stop sharing the post that says Muslims are vermin. It is hateful and untrue.|en|"
                    + "target:muslims · act:dehumanising · stance:countered",
            "No, migrants are not invaders. That rumour is false.|en|"
                    + "target:migrants · act:dehumanising · stance:countered",
            "You are a stupid idiot.|en|target:individual · act:derogation · stance:asserted",
            "This bus is garbage.|en|target:none · act:dehumanising · stance:asserted",
            "That woman is an idiot.|en|target:individual · act:insult · stance:asserted",
            "¿Los migrantes? Son unas ratas.|es|target:migrants · act:dehumanising · stance:asserted",
            "Los musulmanes no son ratas.|es|target:muslims · act:dehumanising · stance:negated",
            "Les migrants ne sont pas des humains.|fr|target:migrants · act:dehumanising · stance:asserted",
            "Je les déteste, ces réfugiés.|fr|target:migrants · act:hate-emotion · stance:asserted",
            "Ich glaube nicht, dass Flüchtlinge Ungeziefer sind.|de|target:migrants · act:dehumanising · stance:negated",
            "No creo que todos los refugiados sean unas ratas.|es|target:migrants · act:dehumanising · stance:negated",
            "Flüchtlinge sind Ungeziefer.|de|target:migrants · act:dehumanising · stance:asserted",
            "Ausländer raus!|de|target:migrants · act:exclusion · stance:asserted",
            "اللاجئون حشرات|ar|target:migrants · act:dehumanising · stance:asserted",
            "المهاجرون ليسوا حشرات|ar|target:migrants · act:dehumanising · stance:negated",
            "المثليون حشرات|ar|target:lgbtq · act:dehumanising · stance:asserted",
            "أكره المثليين|ar|target:lgbtq · act:hate-emotion · stance:asserted",
            "القول إن اللاجئين حشرات كلام عنصري وغير صحيح.|ar|"
                    + "target:migrants · act:dehumanising · stance:countered",
            "Wieder diese Zigeuner vor dem Supermarkt.|de|target:roma · act:slur · stance:asserted",
            // naming a word is not using it
            "The word faggot is homophobic.|en|target:lgbtq · act:slur · stance:countered",
            "Das Wort Zigeuner ist rassistisch.|de|target:roma · act:slur · stance:countered",
            "La palabra sudaca es racista.|es|target:origin · act:slur · stance:countered",
            "You faggot.|en|target:lgbtq · act:slur · stance:asserted"})
    void findsTargetActAndStance(String text, String lang, String reason) {
        assertThat(reasons(judge(text, lang))).contains(reason);
    }

    @Test
    void hateNeedsAProtectedTargetAndAnAssertedAct() {
        List<String> reasons = new ArrayList<>();
        assertThat(judge("I hate women.", "en").hate(HarmCategory.HATE_GENDER, reasons)).isGreaterThan(0.8);
        assertThat(reasons).contains("target:women · act:hate-emotion · stance:asserted", "words 'women' 'hate'");
        assertThat(judge("Women are not inferior.", "en").hate(HarmCategory.HATE_GENDER, new ArrayList<>()))
                .isZero();
        assertThat(judge("You are a stupid idiot.", "en").hate(HarmCategory.HATE_GENDER, new ArrayList<>()))
                .isZero();
        assertThat(judge("I love my Muslim neighbours.", "en").findings()).isEmpty();
    }

    @Test
    void anArabicWordStemmedIntoAnotherNamesNoGroup() {
        // light stemming takes المثليين ("gay people") and مثل ("like") to the same stem; only the first names a group
        assertThat(judge("أريد سيارة مثل سيارتك", "ar").findings()).isEmpty();
        assertThat(reasons(judge("هم مثل الحيوانات", "ar"))).noneMatch(reason -> reason.contains("lgbtq"));
    }

    @Test
    void counterSpeechScoresAndNeverHates() {
        Judgement judgement = judge("Stop sharing the post that says Muslims are vermin. It is hateful and untrue.",
                "en");
        List<String> reasons = new ArrayList<>();
        assertThat(judgement.counterSpeech(reasons)).isGreaterThan(0.8);
        assertThat(reasons).contains("target:muslims · act:dehumanising · stance:countered");
        assertThat(judgement.hate(HarmCategory.HATE_RELIGION, new ArrayList<>())).isZero();
    }

    @Test
    void abuseIsAimedAtAPersonNotAThing() {
        assertThat(judge("You are a worthless idiot.", "en").abuse(new ArrayList<>())).isGreaterThan(0.5);
        assertThat(judge("This music is trash.", "en").abuse(new ArrayList<>())).isZero();
    }

    @Test
    void profanityAsAnIntensifierIsNoAct() {
        assertThat(judge("Holy shit, women in this city are fucking brilliant.", "en")
                .hate(HarmCategory.HATE_GENDER, new ArrayList<>())).isZero();
        assertThat(judge("I fucking love being gay.", "en").findings()).isEmpty();
    }

    @Test
    void aPostInAnotherLanguageIsReadWithEveryLatinLexiconAtLowerWeight() {
        Judgement judgement = judge("migrants are vermin", "und");
        assertThat(judgement.hate(HarmCategory.HATE_MIGRANTS, new ArrayList<>())).isEqualTo(0.9 * Judge.FOREIGN_WEIGHT);
    }

    @Test
    void lexiconLinesAreChecked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JudgementLexicon.of("en",
                List.of("act\tthreat\t2.0\tkill"))).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JudgementLexicon.of("en",
                List.of("target\tmartians\t1.0\tmartians"))).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JudgementLexicon.of("en",
                List.of("act\tthreat\t1.0\t? kill"))).isInstanceOf(IllegalArgumentException.class);
    }
}
