package org.bellwether.search;

import java.util.List;
import java.util.Map;
import org.bellwether.model.VolumeBucket;

/**
 * One page of results.
 *
 * @param total     total matching documents
 * @param hits      this page, best first (narrative listings without a query: highest priority first)
 * @param facets    counts per value of each facet field over all matches (post searches: lang, category,
 *                  neighbourhood, source); empty for narratives
 * @param histogram matching posts per time bucket over all matches; empty for narratives
 */
public record SearchResult<T>(long total, List<T> hits, Map<String, Map<String, Long>> facets,
                              List<VolumeBucket> histogram) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        histogram = histogram == null ? List.of() : List.copyOf(histogram);
    }
}
