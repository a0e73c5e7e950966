package org.bellwether.processor.harm;

/**
 * A cue found in a post.
 *
 * @param cue        the lexicon entry
 * @param tokenIndex index of the first matched token
 * @param matched    the folded tokens it matched, space-separated
 * @param tokenCount how many tokens it covers
 * @param weight     the cue's weight, lowered when the lexicon is not the post's own language
 */
public record CueHit(Cue cue, int tokenIndex, int tokenCount, String matched, double weight) {

    /** Short reason, e.g. {@code slur:migrants 'rapefugee'}. */
    public String reason() {
        return cue.label() + " '" + matched + "'";
    }
}
