package org.bellwether.processor.nlp;

/** What a {@link Token} is. */
public enum TokenType {
    /** A run of letters and digits (internal apostrophes kept, French elisions dropped). */
    WORD,
    /** A number. */
    NUMBER,
    /** {@code #tag}; its camel-case parts follow it as {@link #WORD} tokens. */
    HASHTAG,
    /** {@code @handle}. */
    MENTION,
    /** A link, with or without scheme ({@code https://…}, {@code www.…}, {@code bit.ly/…}). */
    URL,
    /** One emoji or pictographic symbol. */
    EMOJI
}
