package org.bellwether.api.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.model.CityMap;
import org.bellwether.model.Narrative;
import org.bellwether.search.NarrativeHit;
import org.bellwether.search.NarrativeQuery;
import org.bellwether.search.PostHit;
import org.bellwether.search.PostQuery;
import org.bellwether.search.SearchResult;
import org.bellwether.search.SearchService;

/**
 * Activity per neighbourhood over a period, for the city map: posts of flagged narratives and community tips,
 * counted from the search replica's neighbourhood facets. Aggregates only; no post text. Thread-safe.
 */
public final class MapActivity {
    /** Flagged narratives looked at, highest priority first. */
    static final int MAX_NARRATIVES = 100;
    static final String TIPS_QUERY = "kind:tip";

    private final SearchService search;
    private final CityMap city;

    public MapActivity(SearchService search, CityMap city) {
        this.search = search;
        this.city = city;
    }

    /** A narrative's posts in one neighbourhood. */
    public record NarrativeCount(String narrativeId, String label, long posts) {
    }

    /** One neighbourhood: posts of flagged narratives, tips, and the narratives behind the count. */
    public record Area(String name, String slug, long flaggedPosts, long tips, List<NarrativeCount> narratives) {
    }

    /** The map's figures; {@code unplaced} counts what has no neighbourhood of this city. */
    public record Activity(String city, Instant from, Instant to, List<Area> neighbourhoods, long flaggedNarratives,
                           long unplacedFlaggedPosts, long unplacedTips) {
    }

    public Activity between(Instant from, Instant to) {
        Map<String, Long> flagged = new LinkedHashMap<>();
        Map<String, List<NarrativeCount>> behind = new LinkedHashMap<>();
        SearchResult<NarrativeHit> narratives = search.searchNarratives(
                new NarrativeQuery(null, null, true, false, 0, MAX_NARRATIVES));
        for (NarrativeHit hit : narratives.hits()) {
            Narrative narrative = hit.narrative();
            SearchResult<PostHit> posts = search.searchPosts(new PostQuery(null, null, from, to,
                    narrative.narrativeId(), null, null, null, 0, 1));
            posts.facets().getOrDefault("neighbourhood", Map.of()).forEach((place, count) -> {
                String name = canonical(place);
                flagged.merge(name, count, Long::sum);
                behind.computeIfAbsent(name, key -> new ArrayList<>())
                        .add(new NarrativeCount(narrative.narrativeId(), narrative.label(), count));
            });
        }
        Map<String, Long> tips = new LinkedHashMap<>();
        search.searchPosts(new PostQuery(TIPS_QUERY, null, from, to, null, null, null, null, 0, 1)).facets()
                .getOrDefault("neighbourhood", Map.of())
                .forEach((place, count) -> tips.merge(canonical(place), count, Long::sum));

        List<Area> areas = new ArrayList<>();
        for (CityMap.Neighbourhood neighbourhood : city.neighbourhoods()) {
            List<NarrativeCount> counts = new ArrayList<>(behind.getOrDefault(neighbourhood.name(), List.of()));
            counts.sort(Comparator.comparingLong(NarrativeCount::posts).reversed()
                    .thenComparing(NarrativeCount::narrativeId));
            areas.add(new Area(neighbourhood.name(), neighbourhood.slug(),
                    flagged.getOrDefault(neighbourhood.name(), 0L), tips.getOrDefault(neighbourhood.name(), 0L),
                    counts));
        }
        long unplacedFlagged = flagged.entrySet().stream().filter(e -> city.byName(e.getKey()).isEmpty())
                .mapToLong(Map.Entry::getValue).sum();
        long unplacedTips = tips.entrySet().stream().filter(e -> city.byName(e.getKey()).isEmpty())
                .mapToLong(Map.Entry::getValue).sum();
        return new Activity(city.name(), from, to, areas, narratives.hits().size(), unplacedFlagged, unplacedTips);
    }

    /** The city's own name for a place name or alias, or the name as given when the city does not know it. */
    private String canonical(String place) {
        return city.byName(place).map(CityMap.Neighbourhood::name).orElse(place);
    }
}
