package org.bellwether.search.monitor;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.bellwether.model.SavedSearch;
import org.bellwether.model.ScoredPost;
import org.bellwether.search.analysis.LanguageAnalyzers;
import org.bellwether.search.index.IndexFields;
import org.bellwether.search.index.PostDocuments;
import org.bellwether.search.query.PostFilters;
import org.bellwether.search.query.QueryScope;
import org.bellwether.search.query.UserQueryParser;

/**
 * Reverse search: holds every saved query in a Lucene {@link Monitor} and matches each post once against all of
 * them. Queries are parsed by the search page's {@link UserQueryParser} with the same filters
 * ({@link PostFilters}), and posts are analysed as the index analyses them, so a saved search matches exactly the
 * posts the search page would find for it. Thread-safe (the monitor is).
 */
public final class SavedQueryMonitor implements Closeable {
    private final UserQueryParser parser;
    private final Monitor monitor;

    public SavedQueryMonitor() {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        this.parser = new UserQueryParser(analyzers);
        try {
            this.monitor = new Monitor(analyzers.perField(IndexFields::postText, IndexFields::narrativeText));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the saved-search monitor", e);
        }
    }

    /**
     * The Lucene query of a saved search: its query in the search language, with its filters.
     *
     * @throws org.bellwether.search.InvalidQueryException when the query does not parse
     */
    public Query toQuery(SavedSearch search) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(parser.parse(search.query(), QueryScope.POSTS), BooleanClause.Occur.MUST);
        return PostFilters.add(builder, search.filters()).build();
    }

    /** Adds or replaces a saved search. */
    public void register(SavedSearch search) {
        Query query = toQuery(search);
        try {
            monitor.register(new MonitorQuery(search.savedSearchId(), query));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register saved search " + search.savedSearchId(), e);
        }
    }

    /** Removes a saved search; nothing happens when it is unknown. */
    public void remove(String savedSearchId) {
        try {
            monitor.deleteById(savedSearchId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove saved search " + savedSearchId, e);
        }
    }

    /** How many saved searches are held. */
    public int size() {
        try {
            return monitor.getQueryCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the saved searches {@code post} matches. */
    public List<String> match(ScoredPost post) {
        try {
            MatchingQueries<QueryMatch> matches = monitor.match(documentOf(post), QueryMatch.SIMPLE_MATCHER);
            List<String> ids = new ArrayList<>(matches.getMatchCount());
            matches.getMatches().forEach(match -> ids.add(match.getQueryId()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot match post " + post.postId(), e);
        }
    }

    /** The post's indexed fields as the search index has them (facets and stored copies are not searched). */
    static Document documentOf(ScoredPost post) {
        Document searchable = new Document();
        for (IndexableField field : PostDocuments.toDocument(post, null)) {
            if (field.fieldType().indexOptions() != IndexOptions.NONE || field.fieldType().pointDimensionCount() > 0) {
                searchable.add(field);
            }
        }
        return searchable;
    }

    @Override
    public void close() throws IOException {
        monitor.close();
    }
}
