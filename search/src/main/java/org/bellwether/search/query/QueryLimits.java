package org.bellwether.search.query;

/** Bounds that keep one user query from monopolising the searcher. Past them the query is refused (a 400). */
public final class QueryLimits {
    /** Longest query string, in chars. */
    public static final int MAX_QUERY_CHARS = 1_000;
    /** Clauses in one boolean group. */
    public static final int MAX_BOOLEAN_CLAUSES = 64;
    /**
     * Terms, phrases and other leaves of one parsed query per language branch, a fuzzy term counting as its
     * {@link #FUZZY_EXPANSIONS}. The query holds one branch per analysis key and Lucene refuses more than 1,024
     * clauses in all, so 8 branches × 120 leaves leaves room for the filters.
     */
    public static final int MAX_LEAVES = 120;
    /** Most index terms one fuzzy term expands to. */
    public static final int FUZZY_EXPANSIONS = 20;
    /** Wildcard, prefix, fuzzy and regular-expression terms in one query: each may expand to many terms. */
    public static final int MAX_EXPANDING_TERMS = 5;
    /** Letters required before the first {@code *} or {@code ?} of a wildcard or prefix term. */
    public static final int MIN_WILDCARD_PREFIX = 2;
    /** Longest regular expression, in chars. */
    public static final int MAX_REGEX_CHARS = 64;
    /** Shortest term a fuzzy search is allowed on. */
    public static final int MIN_FUZZY_CHARS = 3;
    /** Largest phrase slop ({@code "a b"~N}). */
    public static final int MAX_PHRASE_SLOP = 20;
    /** Effort allowed to turn a wildcard or regular expression into an automaton. */
    public static final int DETERMINIZE_WORK_LIMIT = 2_000;

    private QueryLimits() {
    }
}
