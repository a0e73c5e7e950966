package org.bellwether.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.bellwether.model.Engagement;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.ScoredPost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Threats over time from the index: flagged narratives' posts (merges followed) and tips per place, category, week. */
class ThreatsTest {
    static final Instant WEEK_10 = Instant.parse("2026-03-02T00:00:00Z");
    static final Instant WEEK_11 = Instant.parse("2026-03-09T00:00:00Z");
    static final ScoredPost EARLIER = TestCorpus.post("mastodon:p12", "en", "2026-03-04T10:00:00Z", "n4", "Old Town",
            "mastodon:mastodon.social", "They will burn it", List.of(), List.of(),
            TestCorpus.score(HarmCategory.THREAT, 0.8));
    static final ScoredPost SUNDAY_TIP = new ScoredPost(1, "tip:p13", ScoredPost.KIND_TIP, "tip:sms", null, null,
            "Something odd at the harbour", "en", Instant.parse("2026-03-08T23:30:00Z"),
            Instant.parse("2026-03-08T23:30:00Z"), "Harbour", List.of(), List.of(), List.of(), Harm.NONE, null, null,
            Engagement.NONE);
    private static LuceneSearchIndex index;

    @BeforeAll
    static void load() {
        index = LuceneSearchIndex.open(SearchSettings.inMemory());
        index.upsertPost(EARLIER);
        index.upsertPost(SUNDAY_TIP);
        TestCorpus.load(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void countsFlaggedNarrativesPostsAndTipsPerNeighbourhoodCategoryAndIsoWeek() {
        List<ThreatCount> counts = index.threats(new ThreatQuery(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-16T00:00:00Z"), null));

        assertThat(counts).containsExactly(
                new ThreatCount("Harbour", ThreatCount.NO_CATEGORY, WEEK_10, 0, 1),
                new ThreatCount("Old Town", "threat", WEEK_10, 1, 0),
                new ThreatCount("East Side", "hate_migrants", WEEK_11, 3, 0),
                new ThreatCount("East Side", "misinformation", WEEK_11, 1, 0),
                new ThreatCount("East Side", "offensive", WEEK_11, 1, 0),
                // P4 of n3 (merged into n1), P11 of n5 (merged into n3) and the tip P10 of n1
                new ThreatCount("Gare", "hate_migrants", WEEK_11, 3, 1),
                new ThreatCount("Old Town", "anti_institution", WEEK_11, 1, 0),
                new ThreatCount("Old Town", "hate_migrants", WEEK_11, 1, 0),
                new ThreatCount("Old Town", "threat", WEEK_11, 1, 0));
    }

    @Test
    void narrowsToOneCategoryAndThePeriod() {
        assertThat(index.threats(new ThreatQuery(WEEK_11, Instant.parse("2026-03-16T00:00:00Z"), "threat")))
                .containsExactly(new ThreatCount("Old Town", "threat", WEEK_11, 1, 0));
        assertThat(index.threats(new ThreatQuery(Instant.parse("2026-03-04T10:00:00Z"),
                Instant.parse("2026-03-04T10:00:00.001Z"), null)))
                .containsExactly(new ThreatCount("Old Town", "threat", WEEK_10, 1, 0));
        assertThat(index.threats(new ThreatQuery(Instant.parse("2026-03-04T10:00:00.001Z"), WEEK_11, "threat")))
                .isEmpty();
    }

    @Test
    void refusesAnEmptyPeriod() {
        assertThatThrownBy(() -> new ThreatQuery(WEEK_11, WEEK_11, null)).isInstanceOf(InvalidQueryException.class);
    }
}
