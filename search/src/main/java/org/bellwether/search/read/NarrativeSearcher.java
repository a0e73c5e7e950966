package org.bellwether.search.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.search.Highlight;
import org.bellwether.search.InvalidQueryException;
import org.bellwether.search.NarrativeHit;
import org.bellwether.search.NarrativeQuery;
import org.bellwether.search.SearchResult;
import org.bellwether.search.analysis.Languages;
import org.bellwether.search.index.IndexFields;
import org.bellwether.search.index.NarrativeDocuments;

/** Narrative search and listing against one point-in-time searcher. */
public final class NarrativeSearcher {
    private static final SortField PRIORITY = new SortField(IndexFields.PRIORITY, SortField.Type.DOUBLE, true);
    private static final SortField ID = new SortField(IndexFields.NARRATIVE_SORT, SortField.Type.STRING);
    private static final Sort BY_PRIORITY = new Sort(PRIORITY, ID);
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, PRIORITY, ID);

    private NarrativeSearcher() {
    }

    public static SearchResult<NarrativeHit> search(IndexSearcher searcher, Query userQuery, boolean blank,
                                                    NarrativeQuery query, Snippets snippets) throws IOException {
        int window = Math.multiplyExact(query.page() + 1, query.pageSize());
        if (window > PostSearcher.MAX_WINDOW) {
            throw new InvalidQueryException("cannot page past the first " + PostSearcher.MAX_WINDOW + " results");
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_NARRATIVE)), BooleanClause.Occur.FILTER)
                .add(userQuery, BooleanClause.Occur.MUST);
        if (query.status() != null) {
            builder.add(new TermQuery(new Term(IndexFields.STATUS, query.status().name().toLowerCase(java.util.Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        if (query.flagged() != null) {
            builder.add(new TermQuery(new Term(IndexFields.FLAGGED, query.flagged().toString())),
                    BooleanClause.Occur.FILTER);
        }
        if (!query.includeMerged() && query.status() != NarrativeStatus.MERGED) {
            builder.add(new TermQuery(new Term(IndexFields.MERGED, "true")), BooleanClause.Occur.MUST_NOT);
        }
        TopFieldDocs top = searcher.search(builder.build(), window, blank ? BY_PRIORITY : RELEVANCE, !blank);
        Set<String> queriedKeys = queriedAnalysisKeys(userQuery);
        StoredFields stored = searcher.storedFields();
        List<NarrativeHit> hits = new ArrayList<>();
        for (int i = query.page() * query.pageSize(); i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            Document document = stored.document(hit.doc, NarrativeDocuments.storedFields());
            Narrative narrative = NarrativeDocuments.fromStored(document);
            String text = document.get(IndexFields.NARRATIVE_TEXT_STORED);
            hits.add(new NarrativeHit(narrative, snippet(narrative, text, userQuery, queriedKeys, snippets),
                    Float.isNaN(hit.score) ? 0f : hit.score));
        }
        return new SearchResult<>(top.totalHits.value, hits, Map.of(), List.of());
    }

    public static Optional<Narrative> byId(IndexSearcher searcher, String narrativeId) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.UID, IndexFields.narrativeUid(narrativeId))), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(NarrativeDocuments.fromStored(
                searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexFields.NARRATIVE_JSON))));
    }

    /**
     * The best passage of the narrative's text: tried in the narrative's main language first, then in the other
     * languages the query was analysed in, until one shows a match.
     */
    private static List<Highlight> snippet(Narrative narrative, String text, Query query, Set<String> queriedKeys,
                                           Snippets snippets) {
        Set<String> order = new LinkedHashSet<>();
        narrative.languages().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .map(e -> Languages.analysisKey(e.getKey()))
                .filter(queriedKeys::contains)
                .forEach(order::add);
        order.addAll(queriedKeys);
        List<Highlight> first = null;
        for (String key : order) {
            List<Highlight> parts = snippets.highlight(IndexFields.narrativeText(key), query, text);
            if (Snippets.hasMatch(parts)) {
                return parts;
            }
            first = first == null ? parts : first;
        }
        return first != null ? first : snippets.highlight(IndexFields.narrativeText(Languages.GENERIC), query, text);
    }

    /** The analysis keys whose narrative text field the query reads. */
    private static Set<String> queriedAnalysisKeys(Query query) {
        Set<String> keys = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (field.startsWith(IndexFields.NARRATIVE_TEXT_PREFIX)) {
                    keys.add(field.substring(IndexFields.NARRATIVE_TEXT_PREFIX.length()));
                }
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        Set<String> ordered = new LinkedHashSet<>();
        Languages.ANALYSIS_KEYS.stream().filter(keys::contains).forEach(ordered::add);
        return ordered;
    }
}
