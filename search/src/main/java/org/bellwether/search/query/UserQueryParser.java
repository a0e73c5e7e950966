package org.bellwether.search.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.bellwether.search.InvalidQueryException;
import org.bellwether.search.analysis.LanguageAnalyzers;
import org.bellwether.search.analysis.Languages;
import org.bellwether.search.analysis.SocialTextAnalyzer;
import org.bellwether.search.index.IndexFields;

/**
 * Turns what a user typed (Lucene classic syntax: terms, {@code "phrases"}, {@code AND/OR/NOT}, {@code +/-},
 * {@code field:value}, ranges, {@code pre*}, {@code fuzzy~}) into a Lucene query, or refuses it with an
 * {@link InvalidQueryException} whose message says why.
 *
 * <p>Text is analysed per language: the query is parsed once per analysis key, each parse against that language's
 * text field with that language's analyzer, and the branches are OR-ed. For posts each branch is restricted to
 * the posts analysed in its language, so every post is judged by exactly one branch: stop words, negation and
 * {@code AND} behave as they would in a single-language index. Implicit operator: {@code AND}. Thread-safe.
 */
public final class UserQueryParser {
    private static final Pattern LINE_COLUMN = Pattern.compile("Encountered (.+?) at line \\d+, column (\\d+)");
    private static final Pattern LEXICAL = Pattern.compile("Lexical error at line \\d+, column (\\d+)");

    private final LanguageAnalyzers analyzers;

    public UserQueryParser(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The query for {@code q}; a null or blank {@code q} matches everything. */
    public Query parse(String q, QueryScope scope) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Map<String, Query> branches = branches(q, scope);
        Set<Query> distinct = new LinkedHashSet<>(branches.values());
        if (distinct.size() == 1) {
            return distinct.iterator().next(); // no text in the query: one branch serves every language
        }
        List<Query> restricted = new ArrayList<>();
        branches.forEach((key, branch) -> restricted.add(scope == QueryScope.POSTS ? restricted(key, branch) : branch));
        return new DisjunctionMaxQuery(restricted, 0f);
    }

    /**
     * The posts query for {@code q} split by analysis key: a post analysed as {@code key} matches {@link #parse}
     * exactly when it matches the entry of {@code key} (which, unlike the branch inside {@link #parse}, is not
     * restricted to such posts: the caller only asks it of them). A key whose branch cannot match anything (its
     * words are all stop words of that language) has no entry. Refuses what {@link #parse} refuses.
     */
    public Map<String, Query> parsePerAnalysisKey(String q) {
        Map<String, Query> perKey = new LinkedHashMap<>();
        if (q == null || q.isBlank()) {
            Languages.ANALYSIS_KEYS.forEach(key -> perKey.put(key, new MatchAllDocsQuery()));
            return perKey;
        }
        branches(q, QueryScope.POSTS).forEach((key, branch) -> {
            if (!(branch instanceof MatchNoDocsQuery)) {
                perKey.put(key, branch);
            }
        });
        return perKey;
    }

    private Map<String, Query> branches(String q, QueryScope scope) {
        if (q.length() > QueryLimits.MAX_QUERY_CHARS) {
            throw new InvalidQueryException("query is too long: " + q.length() + " chars (at most "
                    + QueryLimits.MAX_QUERY_CHARS + ")");
        }
        Matcher mention = SocialTextAnalyzer.MENTION.matcher(q);
        if (mention.find()) {
            throw new InvalidQueryException("account mentions such as '" + mention.group() + "' cannot be searched: "
                    + "Bellwether searches what is said, never who said it");
        }
        Map<String, Query> branches = new LinkedHashMap<>();
        for (String key : Languages.ANALYSIS_KEYS) {
            branches.put(key, parseBranch(q, scope, key));
        }
        return branches;
    }

    private static Query restricted(String key, Query branch) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.ANALYSIS, key)), BooleanClause.Occur.FILTER)
                .add(branch, BooleanClause.Occur.MUST)
                .build();
    }

    private Query parseBranch(String q, QueryScope scope, String key) {
        BranchParser parser = new BranchParser(scope, key, analyzers.forKey(key));
        Query query;
        try {
            query = parser.parse(q);
        } catch (ParseException e) {
            throw new InvalidQueryException(explain(q, e), e);
        }
        int leaves = countLeaves(query);
        if (leaves > QueryLimits.MAX_LEAVES) {
            throw new InvalidQueryException("query has too many terms: " + leaves + " (at most "
                    + QueryLimits.MAX_LEAVES + ", a fuzzy term counting " + QueryLimits.FUZZY_EXPANSIONS + ")");
        }
        return withPositiveClauses(query);
    }

    /**
     * A group of only {@code NOT} clauses matches nothing in Lucene; users mean "everything except", so it gets
     * an all-documents filter. A group left empty (its words are all stop words of this language) matches nothing
     * and says so: the saved-search monitor cannot analyse an empty group.
     */
    static Query withPositiveClauses(Query query) {
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(withPositiveClauses(boost.getQuery()), boost.getBoost());
        }
        if (query instanceof BooleanQuery empty && empty.clauses().isEmpty()) {
            return new MatchNoDocsQuery("only stop words");
        }
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                bool.getMinimumNumberShouldMatch());
        boolean onlyProhibited = true;
        for (BooleanClause clause : bool.clauses()) {
            builder.add(withPositiveClauses(clause.getQuery()), clause.getOccur());
            onlyProhibited &= clause.getOccur() == BooleanClause.Occur.MUST_NOT;
        }
        if (onlyProhibited) {
            builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    private static int countLeaves(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void consumeTermsMatching(Query q, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                count[0] += q instanceof FuzzyQuery ? QueryLimits.FUZZY_EXPANSIONS : 1;
            }

            @Override
            public void visitLeaf(Query q) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }

    /** A readable reason for a syntax error, without Lucene's list of expected tokens. */
    static String explain(String q, ParseException e) {
        if (unbalancedQuotes(q)) {
            return "unbalanced quotes: a phrase is missing its closing \"";
        }
        int balance = parenthesisBalance(q);
        if (balance > 0) {
            return "unbalanced parentheses: " + balance + " '(' not closed";
        }
        if (balance < 0) {
            return "unbalanced parentheses: " + (-balance) + " ')' without a matching '('";
        }
        String message = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        Matcher encountered = LINE_COLUMN.matcher(message);
        if (encountered.find()) {
            String token = encountered.group(1).replace("\"<EOF>\"", "the end of the query");
            return "cannot parse the query at column " + encountered.group(2) + ": unexpected " + token
                    + " (quote or escape with \\ characters such as : ( ) [ ] { } ^ ~ * ? if you mean them literally)";
        }
        Matcher lexical = LEXICAL.matcher(message);
        if (lexical.find()) {
            return "cannot parse the query at column " + lexical.group(1)
                    + ": a trailing \\ or an unfinished escape";
        }
        return "cannot parse the query";
    }

    private static boolean unbalancedQuotes(String q) {
        boolean open = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = !open;
            }
        }
        return open;
    }

    /** Opening minus closing parentheses outside quotes (first negative value wins). */
    private static int parenthesisBalance(String q) {
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                if (--depth < 0) {
                    return depth;
                }
            }
        }
        return depth;
    }
}
