package org.bellwether.search.query;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.bellwether.model.SearchFilters;
import org.bellwether.search.analysis.Languages;
import org.bellwether.search.index.IndexFields;
import org.bellwether.search.index.Keywords;

/**
 * The keyword filters of a post search (language, category, neighbourhood, source, kind) as {@code FILTER}
 * clauses: one definition for the search page and the saved-search monitor, so both find the same posts.
 */
public final class PostFilters {
    private PostFilters() {
    }

    /** Adds a {@code FILTER} clause per set filter to {@code builder}. */
    public static BooleanQuery.Builder add(BooleanQuery.Builder builder, SearchFilters filters) {
        if (filters.lang() != null && !filters.lang().isBlank()) {
            filter(builder, IndexFields.LANG, Languages.normalize(filters.lang()));
        }
        filter(builder, IndexFields.CATEGORY, Keywords.folded(filters.category()));
        filter(builder, IndexFields.NEIGHBOURHOOD, Keywords.folded(filters.neighbourhood()));
        filter(builder, IndexFields.KIND, Keywords.folded(filters.kind()));
        String source = Keywords.folded(filters.source());
        if (source != null) {
            builder.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.SOURCE, source)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexFields.SOURCE_KIND, source)), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.FILTER);
        }
        return builder;
    }

    private static void filter(BooleanQuery.Builder builder, String field, String value) {
        if (value != null) {
            builder.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }
}
