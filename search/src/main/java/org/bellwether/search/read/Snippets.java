package org.bellwether.search.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.bellwether.search.Highlight;

/**
 * The best passage of a text for a query, as {@link Highlight} parts. Uses the {@link UnifiedHighlighter} on the
 * stored text, re-analysed with the text field's own language chain, so matches line up with what was indexed
 * (stems, folded accents, hashtags). A text without matches yields its opening passage. Thread-safe.
 */
public final class Snippets {
    /** Passage length aimed at, in chars. */
    static final int PASSAGE_CHARS = 200;
    /** Text considered for highlighting, in chars. */
    static final int MAX_CHARS = 20_000;

    private final Analyzer indexAnalyzer;

    public Snippets(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /** Parts of the best passage of {@code text} for {@code query} on {@code field}; empty for empty text. */
    @SuppressWarnings("unchecked")
    public List<Highlight> highlight(String field, Query query, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                .withFormatter(new PartsFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withMaxLength(MAX_CHARS)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withWeightMatches(false) // extract terms per field: clauses on other fields (filters) must not veto
                .build();
        try {
            Object parts = highlighter.highlightWithoutSearcher(field, query, text, 1);
            return parts == null ? List.of() : (List<Highlight>) parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a part of the snippet is a match. */
    public static boolean hasMatch(List<Highlight> parts) {
        return parts.stream().anyMatch(Highlight::match);
    }
}
