package org.bellwether.search.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.bellwether.model.HarmScore;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SearchFilters;
import org.bellwether.search.Highlight;
import org.bellwether.search.InvalidQueryException;
import org.bellwether.search.PostHit;
import org.bellwether.search.PostQuery;
import org.bellwether.search.SearchResult;
import org.bellwether.search.analysis.Languages;
import org.bellwether.search.index.IndexFields;
import org.bellwether.search.index.Keywords;
import org.bellwether.search.index.PostDocuments;
import org.bellwether.search.query.PostFilters;

/** One post search against one point-in-time searcher: filters, sorting, paging, facets, histogram, snippets. */
public final class PostSearcher {
    /** Deepest result reachable by paging. */
    public static final int MAX_WINDOW = 10_000;
    /** Values returned per facet. */
    public static final int FACET_VALUES = 20;
    /** Facet name in results → doc-values field. */
    static final Map<String, String> FACETS = facets();

    private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexFields.CREATED_AT, SortField.Type.LONG, true));
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexFields.CREATED_AT, SortField.Type.LONG, true));

    private PostSearcher() {
    }

    /**
     * @param userQuery the parsed {@code q} ({@code MatchAllDocsQuery} when blank)
     * @param blank     true when the user gave no query: newest first instead of by relevance
     */
    public static SearchResult<PostHit> search(IndexSearcher searcher, Query userQuery, boolean blank,
                                               PostQuery query, Snippets snippets) throws IOException {
        int window = Math.multiplyExact(query.page() + 1, query.pageSize());
        if (window > MAX_WINDOW) {
            throw new InvalidQueryException("cannot page past the first " + MAX_WINDOW + " results; narrow the query");
        }
        Query filtered = filtered(searcher, userQuery, query);
        HistogramPlan plan = HistogramPlan.of(searcher.getIndexReader(), query.from(), query.to());
        Object[] results = searcher.search(filtered, new MultiCollectorManager(
                new TopFieldCollectorManager(blank ? NEWEST_FIRST : RELEVANCE, window, null, window),
                FacetHistogramCollector.manager(FACETS, plan, FACET_VALUES)));
        TopFieldDocs top = (TopFieldDocs) results[0];
        FacetHistogramCollector.Counts counts = (FacetHistogramCollector.Counts) results[1];

        List<PostHit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        Set<String> fields = PostDocuments.storedFields();
        for (int i = query.page() * query.pageSize(); i < top.scoreDocs.length; i++) {
            ScoreDoc doc = top.scoreDocs[i];
            ScoredPost post = PostDocuments.fromStored(stored.document(doc.doc, fields));
            String field = IndexFields.postText(Languages.analysisKey(post.lang()));
            hits.add(hit(post, snippets.highlight(field, userQuery, post.text()),
                    Float.isNaN(doc.score) ? 0f : doc.score));
        }
        return new SearchResult<>(counts.total(), hits, counts.facets(), plan.buckets(counts.histogram()));
    }

    private static PostHit hit(ScoredPost post, List<Highlight> snippet, float score) {
        return new PostHit(post.postId(), post.narrativeId(), post.kind(), post.source(), post.url(),
                post.authorPseudonym(), post.lang(), PostDocuments.timeOf(post), post.neighbourhood(),
                post.harm().overall(), post.harm().scores().stream().map(HarmScore::category).distinct().toList(),
                post.harm().scores(), post.text(), snippet, score);
    }

    /** The ids of the narratives the posts matching {@code query} belong to. */
    public static Set<String> narrativeIds(IndexSearcher searcher, Query userQuery, PostQuery query)
            throws IOException {
        Query filtered = filtered(searcher, userQuery, query);
        Set<String> ids = new java.util.HashSet<>();
        searcher.search(filtered, new org.apache.lucene.search.SimpleCollector() {
            private org.apache.lucene.index.SortedSetDocValues values;

            @Override
            protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) throws IOException {
                values = org.apache.lucene.index.DocValues.getSortedSet(context.reader(), IndexFields.FACET_NARRATIVE);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    for (int i = 0; i < values.docValueCount(); i++) {
                        ids.add(values.lookupOrd(values.nextOrd()).utf8ToString());
                    }
                }
            }

            @Override
            public org.apache.lucene.search.ScoreMode scoreMode() {
                return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return ids;
    }

    static Query filtered(IndexSearcher searcher, Query userQuery, PostQuery query) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_POST)), BooleanClause.Occur.FILTER)
                .add(userQuery, BooleanClause.Occur.MUST);
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli() - 1;
            builder.add(LongPoint.newRangeQuery(IndexFields.CREATED_AT, from, to), BooleanClause.Occur.FILTER);
        }
        String narrativeId = Keywords.exact(query.narrativeId());
        if (narrativeId != null) {
            Set<String> ids = MergedNarratives.withMergedInto(searcher, narrativeId);
            builder.add(new TermInSetQuery(IndexFields.NARRATIVE_ID,
                    ids.stream().map(org.apache.lucene.util.BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
        PostFilters.add(builder, new SearchFilters(query.category(), query.lang(), query.neighbourhood(),
                query.source(), null));
        return builder.build();
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("lang", IndexFields.FACET_LANG);
        facets.put("category", IndexFields.FACET_CATEGORY);
        facets.put("neighbourhood", IndexFields.FACET_NEIGHBOURHOOD);
        facets.put("source", IndexFields.FACET_SOURCE);
        facets.put("sourceKind", IndexFields.FACET_SOURCE_KIND);
        return java.util.Collections.unmodifiableMap(facets);
    }

    /** Posts placed at or after {@code since}, newest first, at most {@code limit}, read without their text. */
    public static List<ScoredPost> since(IndexSearcher searcher, java.time.Instant since, int limit)
            throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_POST)), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(IndexFields.CREATED_AT, since.toEpochMilli(), Long.MAX_VALUE),
                        BooleanClause.Occur.FILTER)
                .build();
        TopFieldDocs top = searcher.search(query, limit, NEWEST_FIRST);
        StoredFields stored = searcher.storedFields();
        Set<String> fields = Set.of(IndexFields.POST_JSON);
        List<ScoredPost> posts = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc doc : top.scoreDocs) {
            posts.add(PostDocuments.fromStored(stored.document(doc.doc, fields)));
        }
        return posts;
    }

    /** One post by id, read from its stored fields. */
    public static java.util.Optional<ScoredPost> byId(IndexSearcher searcher, String postId) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.UID, IndexFields.postUid(postId))), 1);
        if (top.scoreDocs.length == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(PostDocuments.fromStored(
                searcher.storedFields().document(top.scoreDocs[0].doc, PostDocuments.storedFields())));
    }
}
