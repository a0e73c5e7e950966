package org.bellwether.processor.nlp;

/**
 * One token of a post.
 *
 * @param text  the surface form as written (for hashtags and mentions including the sigil)
 * @param norm  the matching form: lower-cased, diacritics and Arabic letter variants folded, runs of three or more
 *              equal letters squashed to one; for {@link TokenType#URL} the lower-cased link
 * @param type  what the token is
 * @param start offset of the first char in the (possibly truncated) text
 * @param end   offset after the last char
 */
public record Token(String text, String norm, TokenType type, int start, int end) {

    /** True when the surface form starts with an upper-case letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
