package org.bellwether.api.narratives;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.api.common.Page;
import org.bellwether.model.Narrative;
import org.bellwether.search.NarrativeHit;
import org.bellwether.search.NarrativeQuery;
import org.bellwether.search.SearchResult;
import org.bellwether.search.SearchService;

/** Joins the narrative read model (search index) with triage state and impact. Thread-safe. */
public final class NarrativeViews {
    private final SearchService search;
    private final TriageLookup triage;
    private final ImpactCalculator impact = new ImpactCalculator(Duration.ofHours(24));

    public NarrativeViews(SearchService search, TriageLookup triage) {
        this.search = search;
        this.triage = triage;
    }

    public Page<NarrativeItem> list(NarrativeQuery query) {
        SearchResult<NarrativeHit> result = search.searchNarratives(query);
        List<String> ids = result.hits().stream().map(hit -> hit.narrative().narrativeId()).toList();
        Map<String, TriageSummary> cases = ids.isEmpty() ? Map.of() : triage.summaries(ids);
        List<NarrativeItem> items = result.hits().stream()
                .map(hit -> new NarrativeItem(hit.narrative(), hit.snippet(), hit.score(),
                        cases.get(hit.narrative().narrativeId())))
                .toList();
        return new Page<>(result.total(), query.page(), query.pageSize(), items);
    }

    public Optional<NarrativeDetail> detail(String narrativeId) {
        Optional<Narrative> found = search.narrative(narrativeId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Narrative narrative = found.get();
        TriageSummary summary = triage.summaries(List.of(narrativeId)).get(narrativeId);
        ImpactObservation observation = triage.firstResponseAt(narrativeId)
                .flatMap(at -> impact.observe(narrative.volumeSeries(), at, narrative.updatedAt()))
                .orElse(null);
        return Optional.of(new NarrativeDetail(narrative, summary, observation));
    }
}
