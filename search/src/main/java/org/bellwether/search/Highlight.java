package org.bellwether.search;

/**
 * A piece of a snippet: plain text (never HTML), marked when it matched the query. Clients render each part as
 * text and wrap matches in their own mark-up.
 */
public record Highlight(String text, boolean match) {
}
