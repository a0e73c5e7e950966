package org.bellwether.search.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.bellwether.search.index.IndexFields;

/**
 * Counts every match: per value of each facet field (sorted-set doc values, counted by ordinal per segment and
 * resolved to strings once per segment) and per time bucket of a {@link HistogramPlan}. One collector per
 * search thread; the manager merges them.
 */
final class FacetHistogramCollector implements Collector {

    /** Counts of one search. */
    record Counts(long total, Map<String, Map<String, Long>> facets, long[] histogram) {
    }

    /** Facet name in results → doc-values field. */
    private final Map<String, String> facets;
    private final HistogramPlan plan;
    private final List<LeafCounts> leaves = new ArrayList<>();
    private final long[] histogram;
    private long total;

    FacetHistogramCollector(Map<String, String> facets, HistogramPlan plan) {
        this.facets = facets;
        this.plan = plan;
        this.histogram = new long[plan.size()];
    }

    static CollectorManager<FacetHistogramCollector, Counts> manager(Map<String, String> facets, HistogramPlan plan,
                                                                     int topValues) {
        return new CollectorManager<>() {
            @Override
            public FacetHistogramCollector newCollector() {
                return new FacetHistogramCollector(facets, plan);
            }

            @Override
            public Counts reduce(Collection<FacetHistogramCollector> collectors) throws IOException {
                long total = 0;
                long[] histogram = new long[plan.size()];
                Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
                facets.keySet().forEach(name -> merged.put(name, new HashMap<>()));
                for (FacetHistogramCollector collector : collectors) {
                    total += collector.total;
                    for (int i = 0; i < histogram.length; i++) {
                        histogram[i] += collector.histogram[i];
                    }
                    collector.addCountsTo(merged);
                }
                Map<String, Map<String, Long>> top = new LinkedHashMap<>();
                merged.forEach((name, counts) -> top.put(name, top(counts, topValues)));
                return new Counts(total, top, histogram);
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        LeafCounts leaf = new LeafCounts(context, facets.values());
        leaves.add(leaf);
        NumericDocValues createdAt = DocValues.getNumeric(context.reader(), IndexFields.CREATED_AT);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                total++;
                leaf.collect(doc);
                if (histogram.length > 0 && createdAt.advanceExact(doc)) {
                    int bucket = plan.bucketOf(createdAt.longValue());
                    if (bucket >= 0) {
                        histogram[bucket]++;
                    }
                }
            }
        };
    }

    private void addCountsTo(Map<String, Map<String, Long>> merged) throws IOException {
        List<String> names = new ArrayList<>(facets.keySet());
        for (LeafCounts leaf : leaves) {
            for (int f = 0; f < names.size(); f++) {
                Map<String, Long> target = merged.get(names.get(f));
                int[] counts = leaf.counts[f];
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        target.merge(leaf.values[f].lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                    }
                }
            }
        }
    }

    private static Map<String, Long> top(Map<String, Long> counts, int limit) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(top);
    }

    /** Ordinal counts of one segment for every facet field. */
    private static final class LeafCounts {
        final SortedSetDocValues[] values;
        final int[][] counts;

        LeafCounts(LeafReaderContext context, Collection<String> fields) throws IOException {
            values = new SortedSetDocValues[fields.size()];
            counts = new int[fields.size()][];
            int f = 0;
            for (String field : fields) {
                values[f] = DocValues.getSortedSet(context.reader(), field);
                counts[f] = new int[Math.toIntExact(values[f].getValueCount())];
                f++;
            }
        }

        void collect(int doc) throws IOException {
            for (int f = 0; f < values.length; f++) {
                SortedSetDocValues dv = values[f];
                if (dv.advanceExact(doc)) {
                    for (int i = 0, n = dv.docValueCount(); i < n; i++) {
                        counts[f][(int) dv.nextOrd()]++;
                    }
                }
            }
        }
    }
}
