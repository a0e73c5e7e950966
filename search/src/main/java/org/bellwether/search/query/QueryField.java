package org.bellwether.search.query;

import java.util.List;

/**
 * A field a user may name in a query, and how its values are matched.
 *
 * @param name       the name users write (documentation and messages)
 * @param kind       how values are matched
 * @param indexField the index field it reads (null for {@link Kind#TEXT}, which is one field per language)
 */
public record QueryField(String name, Kind kind, String indexField) {

    public enum Kind {
        /** Analysed per language: the default field. */
        TEXT,
        /** One lower-cased keyword. */
        KEYWORD,
        /** One keyword, case kept (ids, URLs). */
        EXACT,
        /** A hashtag, with or without {@code #}. */
        HASHTAG,
        /** A source kind ({@code mastodon}) or an exact source ({@code mastodon:mastodon.social}). */
        SOURCE,
        /** A number, ranges only: {@code harm:[0.7 TO 1]}. */
        NUMBER_RANGE,
        /** A time, ranges only: {@code createdAt:[2026-03-14 TO 2026-03-15T12:00:00Z]}. */
        TIME_RANGE
    }

    static final QueryField TEXT = new QueryField("text", Kind.TEXT, null);

    /** This field under the given lower-case aliases. */
    Named named(String... aliases) {
        return new Named(this, List.of(aliases));
    }

    record Named(QueryField field, List<String> aliases) {
    }
}
