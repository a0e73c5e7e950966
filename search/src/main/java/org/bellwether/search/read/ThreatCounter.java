package org.bellwether.search.read;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.bellwether.search.ThreatCount;
import org.bellwether.search.ThreatQuery;
import org.bellwether.search.index.IndexFields;
import org.bellwether.search.index.Keywords;

/**
 * Threats over time from the index's doc values, in one pass per kind: the posts of flagged narratives (and of the
 * narratives merged into them) and the tips of a period, counted per neighbourhood facet, harm category facet and
 * ISO week of their publication time. Aggregates only; no text is read.
 */
public final class ThreatCounter {

    /** Most narratives counted as flagged (with those merged into them). */
    static final int MAX_NARRATIVES = 100_000;

    private ThreatCounter() {
    }

    public static List<ThreatCount> count(IndexSearcher searcher, ThreatQuery query) throws IOException {
        Map<Key, long[]> cells = new HashMap<>();
        Set<String> flagged = flaggedNarratives(searcher);
        if (!flagged.isEmpty()) {
            Query ofFlagged = new TermInSetQuery(IndexFields.NARRATIVE_ID, flagged.stream().map(BytesRef::new).toList());
            collect(searcher, posts(query, ofFlagged), query.category(), cells, 0);
        }
        collect(searcher, posts(query, new TermQuery(new Term(IndexFields.KIND, "tip"))), query.category(), cells, 1);
        List<ThreatCount> counts = new ArrayList<>(cells.size());
        cells.forEach((key, values) -> counts.add(new ThreatCount(key.neighbourhood(), key.category(),
                Instant.ofEpochMilli(key.weekStart()), values[0], values[1])));
        counts.sort(Comparator.comparing(ThreatCount::weekStart)
                .thenComparing(ThreatCount::neighbourhood, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ThreatCount::category));
        return counts;
    }

    private record Key(String neighbourhood, String category, long weekStart) {
    }

    private static Query posts(ThreatQuery query, Query which) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_POST)), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(IndexFields.CREATED_AT, query.from().toEpochMilli(),
                        query.to().toEpochMilli() - 1), BooleanClause.Occur.FILTER)
                .add(which, BooleanClause.Occur.FILTER);
        String category = Keywords.folded(query.category());
        if (category != null) {
            builder.add(new TermQuery(new Term(IndexFields.CATEGORY, category)), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /** Flagged narratives and those merged into one of them. */
    private static Set<String> flaggedNarratives(IndexSearcher searcher) throws IOException {
        Query flaggedQuery = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_NARRATIVE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.FLAGGED, "true")), BooleanClause.Occur.FILTER)
                .build();
        Set<String> flagged = narrativeIds(searcher, flaggedQuery);
        Set<String> added = flagged;
        while (!added.isEmpty() && flagged.size() < MAX_NARRATIVES) { // merges chain: n5 into n3 into n1
            Set<String> mergedInto = narrativeIds(searcher, new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_NARRATIVE)),
                            BooleanClause.Occur.FILTER)
                    .add(new TermInSetQuery(IndexFields.MERGED_INTO, added.stream().map(BytesRef::new).toList()),
                            BooleanClause.Occur.FILTER)
                    .build());
            mergedInto.removeAll(flagged);
            flagged.addAll(mergedInto);
            added = mergedInto;
        }
        return flagged;
    }

    private static Set<String> narrativeIds(IndexSearcher searcher, Query query) throws IOException {
        Set<String> ids = new HashSet<>();
        searcher.search(query, new SimpleCollector() {
            private SortedDocValues values;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                values = DocValues.getSorted(context.reader(), IndexFields.NARRATIVE_SORT);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return ids;
    }

    /** Adds each match to its cells: {@code slot} 0 counts flagged narratives' posts, 1 tips. */
    private static void collect(IndexSearcher searcher, Query query, String onlyCategory, Map<Key, long[]> cells,
                                int slot) throws IOException {
        searcher.search(query, new SimpleCollector() {
            private SortedSetDocValues neighbourhoods;
            private SortedSetDocValues categories;
            private NumericDocValues createdAt;
            private final Map<Long, Long> weeks = new HashMap<>();

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                neighbourhoods = DocValues.getSortedSet(context.reader(), IndexFields.FACET_NEIGHBOURHOOD);
                categories = DocValues.getSortedSet(context.reader(), IndexFields.FACET_CATEGORY);
                createdAt = DocValues.getNumeric(context.reader(), IndexFields.CREATED_AT);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!createdAt.advanceExact(doc)) {
                    return;
                }
                long week = weeks.computeIfAbsent(createdAt.longValue() / 86_400_000L,
                        day -> ThreatCount.weekOf(Instant.ofEpochMilli(day * 86_400_000L)).toEpochMilli());
                String place = neighbourhoods.advanceExact(doc)
                        ? neighbourhoods.lookupOrd(neighbourhoods.nextOrd()).utf8ToString() : null;
                List<String> scored = new ArrayList<>(2);
                if (categories.advanceExact(doc)) {
                    for (int i = 0, n = categories.docValueCount(); i < n; i++) {
                        String category = categories.lookupOrd(categories.nextOrd()).utf8ToString();
                        if (onlyCategory == null || onlyCategory.equalsIgnoreCase(category)) {
                            scored.add(category);
                        }
                    }
                }
                if (scored.isEmpty()) {
                    scored.add(ThreatCount.NO_CATEGORY);
                }
                for (String category : scored) {
                    cells.computeIfAbsent(new Key(place, category, week), key -> new long[2])[slot]++;
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
    }
}
