package org.bellwether.search.index;

import java.util.Locale;

/** Keyword values as the index holds them: trimmed, bounded (Lucene rejects terms over 32 KB) and lower-cased. */
public final class Keywords {
    /** Longest keyword kept, in chars; longer values are cut (a hostile source cannot break the writer). */
    public static final int MAX_CHARS = 512;

    private Keywords() {
    }

    /** Trimmed and bounded, case kept; null when blank. */
    public static String exact(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        return trimmed.length() > MAX_CHARS ? trimmed.substring(0, MAX_CHARS) : trimmed;
    }

    /** {@link #exact} then lower-cased (ROOT locale); null when blank. */
    public static String folded(String value) {
        String exact = exact(value);
        return exact == null ? null : exact.toLowerCase(Locale.ROOT);
    }

    /** The source kind: the source up to its first {@code :}, e.g. {@code mastodon} for {@code mastodon:x.social}. */
    public static String sourceKind(String source) {
        String exact = exact(source);
        if (exact == null) {
            return null;
        }
        int colon = exact.indexOf(':');
        return colon > 0 ? exact.substring(0, colon) : exact;
    }

    /** A hashtag without its leading {@code #}, lower-cased; null when blank. */
    public static String hashtag(String value) {
        String folded = folded(value);
        if (folded == null) {
            return null;
        }
        String bare = folded.startsWith("#") ? folded.substring(1) : folded;
        return bare.isEmpty() ? null : bare;
    }
}
