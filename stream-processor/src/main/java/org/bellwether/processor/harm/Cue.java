package org.bellwether.processor.harm;

import org.bellwether.model.HarmCategory;

/**
 * One lexicon entry.
 *
 * @param kind     what the cue says
 * @param group    the category a {@link CueKind#TARGET} or {@link CueKind#SLUR} points at, else null
 * @param weight   strength in (0, 1]
 * @param phrase   the folded phrase as written in the lexicon ({@code *} marks prefix or infix parts)
 * @param language the lexicon it came from ({@code xx} for the language-independent one)
 */
public record Cue(CueKind kind, HarmCategory group, double weight, String phrase, String language) {

    /** Short label for reasons, e.g. {@code slur:migrants}. */
    public String label() {
        String kindName = kind.name().toLowerCase(java.util.Locale.ROOT);
        return group == null ? kindName : kindName + ":" + group.wireName().replace("hate_", "");
    }
}
