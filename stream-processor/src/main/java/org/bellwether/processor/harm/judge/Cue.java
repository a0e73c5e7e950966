package org.bellwether.processor.harm.judge;

/**
 * One line of a judgement lexicon.
 *
 * @param kind   what the phrase marks
 * @param group  for {@link Kind#TARGET}, {@link Kind#SLUR} and {@link Kind#PRONOUN}: the group (null for a pronoun
 *               that refers back to a group named earlier); else null
 * @param act    for {@link Kind#ACT} and {@link Kind#SLUR}: the act's name; for {@link Kind#STANCE}: the stance cue
 *               ({@code negation}, {@code report}, {@code counter}, {@code evaluation}, {@code endorsement},
 *               {@code question}, {@code interjection}, {@code attitude}, {@code complementizer}); else null
 * @param weight strength in (0, 1]
 * @param reach  for acts: how many tokens away the target may be (0: anywhere in the sentence); a negative reach
 *               means the target must follow the act within that many tokens. For pronouns, 1 means the word
 *               refers back only at the start of a sentence ("Son unas ratas", "Ce sont des rats").
 */
record Cue(Kind kind, Group group, String act, double weight, int reach) {

    /** The pronoun name for words that refer back to a group named earlier ({@code they}, {@code these people}). */
    static final String BACK_REFERENCE = "group";

    /** What a cue marks. */
    enum Kind {
        /** Names a group. */
        TARGET,
        /** Names a group and is hostile by itself. */
        SLUR,
        /** A hostile act, aimed at whatever target is nearest. */
        ACT,
        /** Refers back to a group named earlier ("they", "these people"), or to an individual ("you"). */
        PRONOUN,
        /** A word for how the author stands to what is said. */
        STANCE
    }
}
