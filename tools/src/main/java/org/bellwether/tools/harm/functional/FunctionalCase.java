package org.bellwether.tools.harm.functional;

/**
 * One case of the functional suite.
 *
 * @param id       stable id, e.g. {@code en-0001}
 * @param lang     ISO 639-1 language
 * @param function the function tested (HateCheck's taxonomy, e.g. {@code negation}, {@code counter_quote})
 * @param target   the group named, or {@code none}
 * @param label    {@code hateful} or {@code not_hateful}
 * @param text     the post
 */
public record FunctionalCase(String id, String lang, String function, String target, String label, String text) {

    public static final String HATEFUL = "hateful";

    public boolean hateful() {
        return HATEFUL.equals(label);
    }

    /** Counter-speech cases: posts that quote or reference hate in order to reject it. */
    public boolean counterSpeech() {
        return function.startsWith("counter_");
    }
}
