package org.bellwether.search.query;

import static org.bellwether.search.query.QueryLimits.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.util.automaton.RegExp;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.bellwether.search.InvalidQueryException;
import org.bellwether.search.index.IndexFields;
import org.bellwether.search.index.Keywords;

/**
 * The classic Lucene query syntax for one language branch: unqualified terms search the branch's text field
 * (analysed in that language), named fields are looked up in the {@link QueryScope} and matched as keywords or
 * ranges. Every field a user may not query, and every query too costly to run, is refused with an
 * {@link InvalidQueryException}. One instance parses one query (not thread-safe).
 */
final class BranchParser extends QueryParser {
    private final QueryScope scope;
    private int expandingTerms;

    BranchParser(QueryScope scope, String analysisKey, Analyzer analyzer) {
        super(scope.textField(analysisKey), analyzer);
        this.scope = scope;
        setDefaultOperator(AND_OPERATOR);
        setAllowLeadingWildcard(false);
        setAutoGeneratePhraseQueries(false);
        setFuzzyPrefixLength(1);
        setDeterminizeWorkLimit(DETERMINIZE_WORK_LIMIT);
    }

    private QueryField field(String name) {
        return name == null || name.equals(getField()) ? QueryField.TEXT : scope.resolve(name);
    }

    @Override
    protected Query getFieldQuery(String name, String text, boolean quoted) throws ParseException {
        QueryField field = field(name);
        return switch (field.kind()) {
            case TEXT -> super.getFieldQuery(getField(), text, quoted);
            case KEYWORD -> term(field, Keywords.folded(text));
            case EXACT -> term(field, Keywords.exact(text));
            case HASHTAG -> term(field, Keywords.hashtag(text));
            case SOURCE -> source(text);
            case NUMBER_RANGE, TIME_RANGE -> throw new InvalidQueryException(
                    "field '" + field.name() + "' takes a range, e.g. " + example(field));
        };
    }

    @Override
    protected Query getFieldQuery(String name, String text, int slop) throws ParseException {
        if (slop > MAX_PHRASE_SLOP) {
            throw new InvalidQueryException("phrase slop " + slop + " is too large (at most " + MAX_PHRASE_SLOP + ")");
        }
        QueryField field = field(name);
        return field.kind() == QueryField.Kind.TEXT
                ? super.getFieldQuery(getField(), text, slop)
                : getFieldQuery(name, text, true);
    }

    @Override
    protected Query getRangeQuery(String name, String lower, String upper, boolean lowerIncl, boolean upperIncl)
            throws ParseException {
        QueryField field = field(name);
        return switch (field.kind()) {
            case NUMBER_RANGE -> {
                double lo = open(lower) ? Double.NEGATIVE_INFINITY : number(field, lower);
                double hi = open(upper) ? Double.POSITIVE_INFINITY : number(field, upper);
                yield DoublePoint.newRangeQuery(field.indexField(),
                        lowerIncl || open(lower) ? lo : DoublePoint.nextUp(lo),
                        upperIncl || open(upper) ? hi : DoublePoint.nextDown(hi));
            }
            case TIME_RANGE -> {
                long lo = open(lower) ? Long.MIN_VALUE : time(field, lower, false);
                long hi = open(upper) ? Long.MAX_VALUE : time(field, upper, upperIncl && isDate(upper));
                yield LongPoint.newRangeQuery(field.indexField(),
                        lowerIncl || open(lower) ? lo : Math.addExact(lo, 1),
                        upperIncl || open(upper) ? hi : Math.subtractExact(hi, 1));
            }
            default -> throw new InvalidQueryException("ranges work on harm and createdAt only, not on '"
                    + field.name() + "'");
        };
    }

    @Override
    protected Query getPrefixQuery(String name, String prefix) throws ParseException {
        QueryField field = expanding(name, prefix + "*");
        requireLiteralPrefix(prefix + "*", prefix.length());
        return switch (field.kind()) {
            case TEXT -> super.getPrefixQuery(getField(), prefix);
            case EXACT -> new PrefixQuery(new Term(field.indexField(), prefix));
            default -> new PrefixQuery(new Term(field.indexField(), keywordOf(field, prefix)));
        };
    }

    @Override
    protected Query getWildcardQuery(String name, String pattern) throws ParseException {
        if ("*".equals(name) && "*".equals(pattern)) {
            return new MatchAllDocsQuery();
        }
        QueryField field = expanding(name, pattern);
        requireLiteralPrefix(pattern, literalPrefix(pattern));
        try {
            return switch (field.kind()) {
                case TEXT -> super.getWildcardQuery(getField(), pattern);
                case EXACT -> new WildcardQuery(new Term(field.indexField(), pattern), DETERMINIZE_WORK_LIMIT);
                default -> new WildcardQuery(new Term(field.indexField(), keywordOf(field, pattern)),
                        DETERMINIZE_WORK_LIMIT);
            };
        } catch (TooComplexToDeterminizeException e) {
            throw new InvalidQueryException("wildcard term '" + pattern + "' is too complex", e);
        }
    }

    @Override
    protected Query getFuzzyQuery(String name, String term, float similarity) throws ParseException {
        QueryField field = expanding(name, term + "~");
        if (term.codePointCount(0, term.length()) < MIN_FUZZY_CHARS) {
            throw new InvalidQueryException("fuzzy search needs at least " + MIN_FUZZY_CHARS + " letters: '"
                    + term + "~'");
        }
        return switch (field.kind()) {
            case TEXT -> super.getFuzzyQuery(getField(), term, similarity);
            default -> newFuzzyQuery(new Term(field.indexField(), keywordOf(field, term)), similarity,
                    getFuzzyPrefixLength());
        };
    }

    @Override
    protected Query getRegexpQuery(String name, String regex) throws ParseException {
        QueryField field = expanding(name, "/" + regex + "/");
        if (regex.length() > MAX_REGEX_CHARS) {
            throw new InvalidQueryException("regular expression is too long (at most " + MAX_REGEX_CHARS + " chars)");
        }
        int literal = 0;
        while (literal < regex.length() && Character.isLetterOrDigit(regex.charAt(literal))) {
            literal++;
        }
        requireLiteralPrefix("/" + regex + "/", literal);
        try {
            return switch (field.kind()) {
                case TEXT -> super.getRegexpQuery(getField(), regex);
                default -> new RegexpQuery(new Term(field.indexField(), regex), RegExp.ALL, DETERMINIZE_WORK_LIMIT);
            };
        } catch (TooComplexToDeterminizeException e) {
            throw new InvalidQueryException("regular expression /" + regex + "/ is too complex", e);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("invalid regular expression /" + regex + "/: " + e.getMessage(), e);
        }
    }

    @Override
    protected Query newFuzzyQuery(Term term, float similarity, int prefixLength) {
        int edits = FuzzyQuery.floatToEdits(similarity, term.text().codePointCount(0, term.text().length()));
        return new FuzzyQuery(term, edits, prefixLength, FUZZY_EXPANSIONS, true);
    }

    @Override
    protected Query getBooleanQuery(java.util.List<BooleanClause> clauses) throws ParseException {
        if (clauses.size() > MAX_BOOLEAN_CLAUSES) {
            throw new InvalidQueryException("too many terms in one group: " + clauses.size() + " (at most "
                    + MAX_BOOLEAN_CLAUSES + ")");
        }
        return super.getBooleanQuery(clauses);
    }

    private Query term(QueryField field, String value) {
        if (value == null) {
            return null;
        }
        return new TermQuery(new Term(field.indexField(), value));
    }

    /** {@code source:mastodon} matches the source kind or the exact source; {@code source:a:b} the exact source. */
    private static Query source(String text) {
        String value = Keywords.folded(text);
        if (value == null) {
            return null;
        }
        if (value.indexOf(':') > 0) {
            return new TermQuery(new Term(org.bellwether.search.index.IndexFields.SOURCE, value));
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(org.bellwether.search.index.IndexFields.SOURCE_KIND, value)),
                        BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(org.bellwether.search.index.IndexFields.SOURCE, value)),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    private QueryField expanding(String name, String image) {
        QueryField field = field(name);
        if (IndexFields.URL.equals(field.indexField())) {
            throw new InvalidQueryException("links are matched whole only: wildcard, prefix, fuzzy and regular-"
                    + "expression terms on '" + field.name() + "' are refused, because parts of a link can name an "
                    + "account; quote the full link, e.g. " + field.name() + ":\"https://news.example/a\"");
        }
        if (field.kind() == QueryField.Kind.NUMBER_RANGE || field.kind() == QueryField.Kind.TIME_RANGE) {
            throw new InvalidQueryException("field '" + field.name() + "' takes a range, e.g. " + example(field));
        }
        if (++expandingTerms > MAX_EXPANDING_TERMS) {
            throw new InvalidQueryException("too many wildcard, fuzzy or regular-expression terms (at most "
                    + MAX_EXPANDING_TERMS + " per query)");
        }
        return field;
    }

    private static void requireLiteralPrefix(String image, int literalChars) {
        if (image.startsWith("*") || image.startsWith("?") || image.startsWith("/.") || image.startsWith("/[")) {
            throw new InvalidQueryException("leading wildcards are not allowed ('" + image + "'): they scan every "
                    + "word in the index; start with at least " + MIN_WILDCARD_PREFIX + " letters");
        }
        if (literalChars < MIN_WILDCARD_PREFIX) {
            throw new InvalidQueryException("'" + image + "' expands to too many words: start with at least "
                    + MIN_WILDCARD_PREFIX + " letters before any wildcard");
        }
    }

    /** Chars before the first unescaped {@code *} or {@code ?}. */
    private static int literalPrefix(String pattern) {
        int literal = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?') {
                break;
            }
            literal++;
        }
        return literal;
    }

    private static String keywordOf(QueryField field, String value) {
        String folded = field.kind() == QueryField.Kind.HASHTAG ? Keywords.hashtag(value) : Keywords.folded(value);
        return folded == null ? "" : folded;
    }

    private static boolean open(String bound) {
        return bound == null || "*".equals(bound);
    }

    private static double number(QueryField field, String value) {
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isNaN(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("'" + value + "' is not a number (field '" + field.name() + "')");
        }
    }

    private static boolean isDate(String value) {
        return value.length() == 10;
    }

    /** An ISO instant or an ISO date (UTC); an inclusive upper date bound covers the whole day. */
    private static long time(QueryField field, String value, boolean endOfDay) {
        try {
            if (isDate(value)) {
                LocalDate day = LocalDate.parse(value);
                Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
                return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1
                        : start.toEpochMilli();
            }
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("'" + value + "' is not a date (field '" + field.name()
                    + "'): use 2026-03-14 or 2026-03-14T09:00:00Z");
        }
    }

    private static String example(QueryField field) {
        return field.kind() == QueryField.Kind.NUMBER_RANGE
                ? field.name() + ":[0.7 TO 1]"
                : field.name() + ":[2026-03-14 TO 2026-03-15]";
    }
}
