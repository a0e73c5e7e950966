package org.bellwether.api.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeMetrics;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.RepresentativePost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.VolumeBucket;

/** Narrative snapshots for tests. */
public final class Narratives {
    public static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private Narratives() {
    }

    public static Narrative of(String id, String label, double priority, boolean flagged, Map<String, Long> languages,
                               Map<String, Long> neighbourhoods, Map<HarmCategory, Double> harmMix) {
        return new Narrative(SchemaVersion.CURRENT, id, label, List.of("term"), List.of(), List.of(), List.of(),
                List.of(new RepresentativePost("demo:" + id + "-1", "<script>alert('x')</script> " + label, "en",
                                "anon-1", null, T0),
                        new RepresentativePost("demo:" + id + "-2", "El rumor sobre " + label, "es", "anon-2",
                                null, T0)),
                languages, neighbourhoods, harmMix, Map.of(), 0.7, 0.0, 40, 5, 20,
                new NarrativeMetrics(10, 40, 10, 2, 1, 3, 20),
                List.of(new VolumeBucket(T0, 4), new VolumeBucket(T0.plusSeconds(3600), 8),
                        new VolumeBucket(T0.plusSeconds(7200), 2)),
                priority, flagged, T0, T0.plusSeconds(7200), NarrativeStatus.ACTIVE, null, T0.plusSeconds(10800));
    }

    public static Narrative simple(String id, String label, double priority, boolean flagged) {
        return of(id, label, priority, flagged, Map.of("en", 30L, "es", 10L), Map.of("Riverside", 25L),
                Map.of(HarmCategory.HATE_MIGRANTS, 0.6));
    }

    /** The same snapshot, merged into {@code survivor}. */
    public static Narrative mergedInto(Narrative n, String survivor) {
        return new Narrative(n.schemaVersion(), n.narrativeId(), n.label(), n.topTerms(), n.entities(), n.hashtags(),
                n.urls(), n.representativePosts(), n.languages(), n.neighbourhoods(), n.harmMix(), n.claims(),
                n.harm(), n.counterSpeechShare(), n.postCount(), n.amplificationCount(), n.distinctAuthors(),
                n.metrics(), n.volumeSeries(), n.priority(), n.flagged(), n.firstSeen(), n.lastSeen(),
                org.bellwether.model.NarrativeStatus.MERGED, survivor, n.updatedAt());
    }
}
