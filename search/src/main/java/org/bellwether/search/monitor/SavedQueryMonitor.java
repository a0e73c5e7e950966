package org.bellwether.search.monitor;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.bellwether.model.SavedSearch;
import org.bellwether.model.ScoredPost;
import org.bellwether.search.analysis.LanguageAnalyzers;
import org.bellwether.search.analysis.Languages;
import org.bellwether.search.index.IndexFields;
import org.bellwether.search.index.PostDocuments;
import org.bellwether.search.query.PostFilters;
import org.bellwether.search.query.QueryScope;
import org.bellwether.search.query.UserQueryParser;

/**
 * Reverse search: holds every saved query in Lucene {@link Monitor}s and matches each post once against all of
 * them. Queries are parsed by the search page's {@link UserQueryParser} with the same filters
 * ({@link PostFilters}), and posts are analysed as the index analyses them, so a saved search matches exactly the
 * posts the search page would find for it.
 *
 * <p>The search page's query ORs one branch per analysis key, each restricted to the posts analysed in that
 * language. A post is judged by its own language's branch only, so there is one monitor per analysis key holding
 * that branch of every saved search, and a post is matched in its language's monitor alone: the presearcher then
 * selects candidates by the terms of one language instead of eight, and a branch that matches nothing (stop words
 * only) is not held at all. Keyword filters weigh little in the presearcher, so a query's words, when it has some,
 * choose its candidates. Thread-safe (the monitors are); while a search is replaced a post may be matched by its
 * old or its new version.
 */
public final class SavedQueryMonitor implements Closeable {
    /** Filter fields whose few values would make every post of a neighbourhood, source… a candidate. */
    private static final Set<String> BROAD_FIELDS = Set.of(IndexFields.TYPE, IndexFields.KIND, IndexFields.SOURCE,
            IndexFields.SOURCE_KIND, IndexFields.LANG, IndexFields.ANALYSIS, IndexFields.NEIGHBOURHOOD,
            IndexFields.CATEGORY, IndexFields.TEXT_STATE);

    private final UserQueryParser parser;
    private final Map<String, Monitor> monitors = new LinkedHashMap<>();
    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    public SavedQueryMonitor() {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        this.parser = new UserQueryParser(analyzers);
        TermWeightor weightor = TermWeightor.combine(TermFilteredPresearcher.DEFAULT_WEIGHTOR,
                TermWeightor.fieldWeightor(0.01, BROAD_FIELDS));
        try {
            for (String key : Languages.ANALYSIS_KEYS) {
                monitors.put(key, new Monitor(analyzers.perField(IndexFields::postText, IndexFields::narrativeText),
                        new TermFilteredPresearcher(weightor, List.of(), Set.of())));
            }
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException("cannot open the saved-search monitor", e);
        }
    }

    /**
     * The Lucene query of a saved search: its query in the search language, with its filters.
     *
     * @throws org.bellwether.search.InvalidQueryException when the query does not parse
     */
    public Query toQuery(SavedSearch search) {
        return withFilters(parser.parse(search.query(), QueryScope.POSTS), search);
    }

    private static Query withFilters(Query query, SavedSearch search) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        BooleanQuery filtered = PostFilters.add(builder, search.filters()).build();
        return filtered.clauses().size() == 1 ? query : filtered; // no filter: the query itself, one rewrite less
    }

    /**
     * Adds or replaces a saved search.
     *
     * @throws org.bellwether.search.InvalidQueryException when the query does not parse (nothing changes then)
     */
    public void register(SavedSearch search) {
        Map<String, Query> perKey = parser.parsePerAnalysisKey(search.query());
        String id = search.savedSearchId();
        try {
            for (Map.Entry<String, Monitor> entry : monitors.entrySet()) {
                Query branch = perKey.get(entry.getKey());
                if (branch == null) {
                    entry.getValue().deleteById(id);
                } else {
                    entry.getValue().register(new MonitorQuery(id, withFilters(branch, search)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register saved search " + id, e);
        }
        ids.add(id);
    }

    /** Removes a saved search; nothing happens when it is unknown. */
    public void remove(String savedSearchId) {
        try {
            for (Monitor monitor : monitors.values()) {
                monitor.deleteById(savedSearchId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove saved search " + savedSearchId, e);
        }
        ids.remove(savedSearchId);
    }

    /** How many saved searches are held. */
    public int size() {
        return ids.size();
    }

    /** The ids of the saved searches {@code post} matches. */
    public List<String> match(ScoredPost post) {
        return matchAll(List.of(post)).get(0);
    }

    /**
     * The ids of the saved searches each post matches, in the order of {@code posts}: the same answers as
     * {@link #match} post by post, found with one presearch and one run of each candidate query per language in
     * the batch (Lucene's monitor indexes the batch's posts of a language together). Cheaper per post than
     * {@link #match} once a batch holds more than a few posts of a language.
     */
    public List<List<String>> matchAll(List<ScoredPost> posts) {
        List<List<String>> matched = new ArrayList<>(posts.size());
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            matched.add(List.of());
            byKey.computeIfAbsent(Languages.analysisKey(Languages.normalize(posts.get(i).lang())),
                    key -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> group : byKey.entrySet()) {
            List<Integer> positions = group.getValue();
            Document[] documents = new Document[positions.size()];
            for (int d = 0; d < documents.length; d++) {
                documents[d] = documentOf(posts.get(positions.get(d)));
            }
            try {
                MultiMatchingQueries<QueryMatch> matches = monitors.get(group.getKey())
                        .match(documents, QueryMatch.SIMPLE_MATCHER);
                for (int d = 0; d < documents.length; d++) {
                    List<String> ids = new ArrayList<>(matches.getMatchCount(d));
                    matches.getMatches(d).forEach(match -> ids.add(match.getQueryId()));
                    matched.set(positions.get(d), ids);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot match a batch of " + documents.length + " posts", e);
            }
        }
        return matched;
    }

    /** The post's indexed fields as the search index has them (facets are not searched). */
    static Document documentOf(ScoredPost post) {
        Document searchable = new Document();
        for (IndexableField field : PostDocuments.searchable(post)) {
            if (field.fieldType().indexOptions() != IndexOptions.NONE || field.fieldType().pointDimensionCount() > 0) {
                searchable.add(field);
            }
        }
        return searchable;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Monitor monitor : monitors.values()) {
            try {
                monitor.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // already failing
        }
    }
}
