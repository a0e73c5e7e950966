package org.bellwether.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bellwether.model.Engagement;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeMetrics;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.RepresentativePost;
import org.bellwether.model.ScoredPost;

/** A small multilingual city corpus shared by the search tests: 11 posts, 5 narratives (two merged, chained). */
public final class TestCorpus {
    public static final Instant DAY = Instant.parse("2026-03-14T00:00:00Z");

    public static final ScoredPost P1 = post("mastodon:p1", "en", "2026-03-14T09:10:00Z", "n1", "East Side",
            "mastodon:mastodon.social", "Migrants flood the East Side shelter, they say #StopTheFlood https://news.example/a",
            List.of("stoptheflood"), List.of("https://news.example/a"), score(HarmCategory.HATE_MIGRANTS, 0.82));
    public static final ScoredPost P2 = post("rss:p2", "en", "2026-03-14T10:30:00Z", "n2", "Old Town",
            "rss:city-news", "The mayor's office denies the shelter rumour", List.of(), List.of());
    public static final ScoredPost P3 = post("mastodon:p3", "es", "2026-03-14T11:05:00Z", "n1", "East Side",
            "mastodon:mastodon.social", "Los inmigrantes invaden el barrio, dice la policía", List.of(), List.of(),
            score(HarmCategory.HATE_MIGRANTS, 0.7));
    public static final ScoredPost P4 = post("bluesky:p4", "fr", "2026-03-14T12:20:00Z", "n3", "Gare", "bluesky",
            "Les migrants envahissent le quartier de la gare", List.of(), List.of(),
            score(HarmCategory.HATE_MIGRANTS, 0.6));
    public static final ScoredPost P5 = post("rss:p5", "de", "2026-03-15T08:00:00Z", "n1", "East Side", "rss:lokal",
            "Die Flüchtlinge bekommen alles umsonst", List.of(), List.of(),
            score(HarmCategory.HATE_MIGRANTS, 0.5), score(HarmCategory.MISINFORMATION, 0.3));
    public static final ScoredPost P6 = post("mastodon:p6", "ar", "2026-03-14T13:00:00Z", "n1", "Old Town",
            "mastodon:x.social", "المهاجرين في المدينة يسرقون", List.of(), List.of(),
            score(HarmCategory.HATE_MIGRANTS, 0.6));
    public static final ScoredPost P7 = post("demo:p7", "und", "2026-03-14T14:00:00Z", "n1", "East Side", "demo",
            "#eastside !!! 🐀🐀", List.of("eastside"), List.of(), score(HarmCategory.OFFENSIVE, 0.4));
    public static final ScoredPost P8 = post("rss:p8", "en", "2026-03-13T08:00:00Z", "n2", "Old Town", "rss:city-news",
            "Bus timetable changes for the weekend", List.of(), List.of());
    public static final ScoredPost P9 = post("mastodon:p9", "en", "2026-03-14T15:00:00Z", "n4", "Old Town",
            "mastodon:mastodon.social", "Threat: we will burn the town hall", List.of(), List.of(),
            score(HarmCategory.THREAT, 0.9), score(HarmCategory.ANTI_INSTITUTION, 0.5));
    public static final ScoredPost P10 = new ScoredPost(1, "tip:p10", ScoredPost.KIND_TIP, "tip:web", null, "p_tipster",
            "Flyers about migrants at the <b>station</b> <script>alert(1)</script>", "en",
            Instant.parse("2026-03-14T16:00:00Z"), Instant.parse("2026-03-14T16:00:00Z"), "Gare", List.of(), List.of(),
            List.of(), Harm.of(List.of(score(HarmCategory.HATE_MIGRANTS, 0.4))), "n1", null, Engagement.NONE);
    public static final ScoredPost P11 = post("bluesky:p11", "fr", "2026-03-14T17:00:00Z", "n5", "Gare", "bluesky",
            "La gare est pleine de migrants", List.of(), List.of(), score(HarmCategory.HATE_MIGRANTS, 0.55));

    public static final List<ScoredPost> POSTS = List.of(P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11);

    public static final Narrative N1 = narrative("n1", "migrants · shelter · east side", NarrativeStatus.ACTIVE, true,
            0.74, null, Map.of("en", 2L, "es", 1L, "de", 1L, "ar", 1L), HarmCategory.HATE_MIGRANTS, P1, P3);
    public static final Narrative N2 = narrative("n2", "mayor · shelter · rumour", NarrativeStatus.EMERGING, false,
            0.2, null, Map.of("en", 2L), null, P2);
    public static final Narrative N3 = narrative("n3", "migrants · gare", NarrativeStatus.MERGED, false, 0.3, "n1",
            Map.of("fr", 1L), HarmCategory.HATE_MIGRANTS, P4);
    public static final Narrative N4 = narrative("n4", "town hall · burn", NarrativeStatus.ACTIVE, true, 0.9, null,
            Map.of("en", 1L), HarmCategory.THREAT, P9);
    public static final Narrative N5 = narrative("n5", "gare · pleine", NarrativeStatus.MERGED, false, 0.1, "n3",
            Map.of("fr", 1L), HarmCategory.HATE_MIGRANTS, P11);

    public static final List<Narrative> NARRATIVES = List.of(N1, N2, N3, N4, N5);

    private TestCorpus() {
    }

    /** Writes the whole corpus and makes it searchable. */
    public static LuceneSearchIndex load(LuceneSearchIndex index) {
        POSTS.forEach(index::upsertPost);
        NARRATIVES.forEach(index::upsertNarrative);
        index.refresh();
        return index;
    }

    public static ScoredPost post(String id, String lang, String createdAt, String narrativeId, String neighbourhood,
                                  String source, String text, List<String> hashtags, List<String> urls,
                                  HarmScore... scores) {
        Instant time = Instant.parse(createdAt);
        return new ScoredPost(1, id, ScoredPost.KIND_POST, source, urls.isEmpty() ? null : urls.get(0),
                "p_" + Integer.toHexString(id.hashCode()), text, lang, time, time.plusSeconds(5), neighbourhood,
                List.of(neighbourhood), urls, hashtags, Harm.of(List.of(scores)), narrativeId, null,
                new Engagement(1, 2, 3));
    }

    public static HarmScore score(HarmCategory category, double score) {
        return new HarmScore(category, score, List.of("cue"));
    }

    static Narrative narrative(String id, String label, NarrativeStatus status, boolean flagged, double priority,
                               String mergedInto, Map<String, Long> languages, HarmCategory category,
                               ScoredPost... representatives) {
        List<RepresentativePost> reps = java.util.Arrays.stream(representatives)
                .map(p -> new RepresentativePost(p.postId(), p.text(), p.lang(), p.authorPseudonym(), p.url(),
                        p.createdAt()))
                .toList();
        return new Narrative(1, id, label, List.of(label.split(" · ")), List.of(), List.of(), List.of(), reps,
                languages, Map.of("East Side", 3L), category == null ? Map.of() : Map.of(category, 0.6), Map.of(),
                category == null ? 0.0 : 0.6, 0.0, reps.size(), 0, reps.size(), NarrativeMetrics.EMPTY, List.of(),
                priority, flagged, representatives[0].createdAt(), representatives[0].createdAt(), status,
                mergedInto, representatives[0].createdAt());
    }
}
