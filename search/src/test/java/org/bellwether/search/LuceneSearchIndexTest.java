package org.bellwether.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.VolumeBucket;
import org.bellwether.search.index.PostDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Queries, filters, facets, histogram and snippets against an in-memory index holding {@link TestCorpus}. */
class LuceneSearchIndexTest {
    private LuceneSearchIndex index;

    @BeforeEach
    void load() {
        index = TestCorpus.load(LuceneSearchIndex.open(SearchSettings.inMemory()));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "migrants                         | bluesky:p11,bluesky:p4,mastodon:p1,tip:p10",
        "migrant                          | bluesky:p11,bluesky:p4,mastodon:p1,tip:p10",
        "inmigrante                       | mastodon:p3",
        "policia                          | mastodon:p3",
        "Flüchtling                       | rss:p5",
        "fluchtlinge                      | rss:p5",
        "المهاجر                          | mastodon:p6",
        "#StopTheFlood                    | mastodon:p1",
        "stoptheflood                     | mastodon:p1",
        "hashtag:stoptheflood             | mastodon:p1",
        "\"town hall\"                    | mastodon:p9",
        "\"hall town\"                    | ''",
        "migrants NOT shelter             | bluesky:p11,bluesky:p4,tip:p10",
        "migrants AND lang:fr             | bluesky:p11,bluesky:p4",
        "l'école OR gare                  | bluesky:p11,bluesky:p4",
        "flood OR rumour                  | mastodon:p1,rss:p2",
        "shelt*                           | mastodon:p1,rss:p2",
        "weekand~1                        | rss:p8",
        "🐀                               | demo:p7",
        "harm:[0.8 TO 1]                  | mastodon:p1,mastodon:p9",
        "createdAt:[2026-03-15 TO *]      | rss:p5",
        "url:\"https://news.example/a\"   | mastodon:p1",
        "source:mastodon AND category:threat | mastodon:p9",
        "neighbourhood:\"east side\" AND kind:post AND lang:und | demo:p7",
        "kind:tip                         | tip:p10",
        "narrative:n4                     | mastodon:p9",
        "mastodon.social                  | ''",
        "p_tipster                        | ''"})
    void findsPostsAcrossLanguages(String q, String expectedIds) {
        assertThat(ids(index.searchPosts(query(q))))
                .isEqualTo(expectedIds.isEmpty() ? List.of() : List.of(expectedIds.split(",")));
    }

    @Test
    void aNegatedQueryKeepsEveryOtherPostInEveryLanguage() {
        assertThat(index.searchPosts(query("NOT migrants")).total()).isEqualTo(7);
    }

    @Test
    void filtersCombine() {
        assertThat(ids(index.searchPosts(filters(null, "es", null, null, null, null, null, null))))
                .containsExactly("mastodon:p3");
        assertThat(ids(index.searchPosts(filters(null, null, null, null, null, null, "EAST SIDE", null))))
                .containsExactly("demo:p7", "mastodon:p1", "mastodon:p3", "rss:p5");
        assertThat(ids(index.searchPosts(filters(null, null, null, null, null, "threat", null, null))))
                .containsExactly("mastodon:p9");
        assertThat(ids(index.searchPosts(filters(null, null, null, null, null, null, null, "mastodon"))))
                .containsExactly("mastodon:p1", "mastodon:p3", "mastodon:p6", "mastodon:p9");
        assertThat(ids(index.searchPosts(filters(null, null, null, null, null, null, null, "mastodon:x.social"))))
                .containsExactly("mastodon:p6");
        assertThat(ids(index.searchPosts(filters("shelter", null, Instant.parse("2026-03-14T10:00:00Z"),
                Instant.parse("2026-03-14T11:00:00Z"), null, null, null, null))))
                .containsExactly("rss:p2");
    }

    @Test
    void aNarrativeFilterAlsoMatchesPostsOfNarrativesMergedIntoIt() {
        // n3 was merged into n1 and n5 into n3: all three narratives' posts belong to n1 now
        assertThat(ids(index.searchPosts(filters(null, null, null, null, "n1", null, null, null))))
                .containsExactly("bluesky:p11", "bluesky:p4", "demo:p7", "mastodon:p1", "mastodon:p3", "mastodon:p6",
                        "rss:p5", "tip:p10");
        assertThat(ids(index.searchPosts(filters("gare", null, null, null, "n3", null, null, null))))
                .containsExactly("bluesky:p11", "bluesky:p4");
        assertThat(ids(index.searchPosts(filters(null, null, null, null, "n4", null, null, null))))
                .containsExactly("mastodon:p9");
    }

    @Test
    void facetsCountEveryMatchNotJustThePage() {
        SearchResult<PostHit> result = index.searchPosts(new PostQuery(null, null, null, null, null, null, null, null,
                0, 2));
        assertThat(result.total()).isEqualTo(11);
        assertThat(result.hits()).hasSize(2);
        assertThat(result.facets().get("lang")).containsExactly(Map.entry("en", 5L), Map.entry("fr", 2L),
                Map.entry("ar", 1L), Map.entry("de", 1L), Map.entry("es", 1L), Map.entry("und", 1L));
        assertThat(result.facets().get("neighbourhood")).containsExactly(Map.entry("East Side", 4L),
                Map.entry("Old Town", 4L), Map.entry("Gare", 3L));
        assertThat(result.facets().get("category")).containsEntry("hate_migrants", 7L).containsEntry("threat", 1L)
                .containsEntry("offensive", 1L).containsEntry("misinformation", 1L);
        assertThat(result.facets().get("source")).containsEntry("mastodon:mastodon.social", 3L)
                .containsEntry("bluesky", 2L);
        assertThat(result.facets().get("sourceKind")).containsEntry("mastodon", 4L).containsEntry("rss", 3L);

        SearchResult<PostHit> migrants = index.searchPosts(query("migrants"));
        assertThat(migrants.facets().get("lang")).containsExactly(Map.entry("en", 2L), Map.entry("fr", 2L));
    }

    @Test
    void recentPostsAreTheNewestSinceATimeWithTheirNarrativeLinksAndHarmWithoutText() {
        ScoredPost claimed = TestCorpus.post("mastodon:p12", "en", "2026-03-14T18:00:00Z", "n2", "Old Town",
                "mastodon:mastodon.social", "5G towers spread the virus https://fake.example/5g", List.of(),
                List.of("https://fake.example/5g"),
                new HarmScore(HarmCategory.MISINFORMATION, 0.85, List.of("debunked:5g-covid")));
        index.upsertPost(claimed);
        index.refresh();

        Instant since = Instant.parse("2026-03-14T14:00:00Z");
        assertThat(index.recentPosts(since, 100)).extracting(ScoredPost::postId)
                .containsExactly("rss:p5", "mastodon:p12", "bluesky:p11", "tip:p10", "mastodon:p9", "demo:p7");
        assertThat(index.recentPosts(since, 2)).extracting(ScoredPost::postId)
                .containsExactly("rss:p5", "mastodon:p12");
        ScoredPost read = index.recentPosts(Instant.parse("2026-03-14T18:00:00Z"), 100).get(1);
        assertThat(read).isEqualTo(PostDocuments.withText(claimed, null));
        assertThat(read.narrativeId()).isEqualTo("n2");
        assertThat(read.urls()).containsExactly("https://fake.example/5g");
        assertThat(read.harm().debunkedClaims()).containsExactly("5g-covid");
        assertThat(index.recentPosts(Instant.parse("2026-03-16T00:00:00Z"), 100)).isEmpty();
        assertThatThrownBy(() -> index.recentPosts(since, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.recentPosts(since, SearchService.MAX_RECENT_POSTS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesAreNewestFirstWithoutAQueryAndDisjoint() {
        List<String> all = ids(index.searchPosts(new PostQuery(null, null, null, null, null, null, null, null, 0, 100)),
                false);
        assertThat(all.get(0)).isEqualTo("rss:p5");
        assertThat(all.get(all.size() - 1)).isEqualTo("rss:p8");
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 4; page++) {
            paged.addAll(ids(index.searchPosts(new PostQuery(null, null, null, null, null, null, null, null, page, 3)),
                    false));
        }
        assertThat(paged).isEqualTo(all);
        assertThatThrownBy(() -> index.searchPosts(new PostQuery(null, null, null, null, null, null, null, null, 200, 100)))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("cannot page past");
    }

    @Test
    void theHistogramCoversAllMatchesInContiguousHourlyBuckets() {
        SearchResult<PostHit> result = index.searchPosts(PostQuery.of(null));
        List<VolumeBucket> histogram = result.histogram();
        assertThat(histogram.get(0).start()).isEqualTo(Instant.parse("2026-03-13T08:00:00Z"));
        assertThat(histogram.get(histogram.size() - 1).start()).isEqualTo(Instant.parse("2026-03-15T08:00:00Z"));
        assertThat(histogram).hasSize(49);
        assertThat(histogram.stream().mapToLong(VolumeBucket::posts).sum()).isEqualTo(result.total());

        SearchResult<PostHit> window = index.searchPosts(filters(null, null, Instant.parse("2026-03-14T09:00:00Z"),
                Instant.parse("2026-03-14T12:00:00Z"), null, null, null, null));
        assertThat(window.histogram()).containsExactly(
                new VolumeBucket(Instant.parse("2026-03-14T09:00:00Z"), 1),
                new VolumeBucket(Instant.parse("2026-03-14T10:00:00Z"), 1),
                new VolumeBucket(Instant.parse("2026-03-14T11:00:00Z"), 1));
        assertThat(index.searchPosts(query("nothingmatchesthis")).histogram()).isEmpty();
    }

    @Test
    void snippetsAreTextPartsWithTheMatchesMarkedInEachLanguage() {
        PostHit english = index.searchPosts(query("flooding")).hits().get(0);
        assertThat(matches(english)).containsExactly("flood");
        assertThat(joined(english)).isEqualTo(TestCorpus.P1.text());

        PostHit spanish = index.searchPosts(query("inmigrante policia")).hits().get(0);
        assertThat(matches(spanish)).containsExactly("inmigrantes", "policía");

        PostHit phrase = index.searchPosts(query("\"town hall\" OR threat")).hits().get(0);
        assertThat(matches(phrase)).containsExactly("Threat", "town hall");

        PostHit prefix = index.searchPosts(query("timet*")).hits().get(0);
        assertThat(matches(prefix)).containsExactly("timetable");
    }

    @Test
    void hostileTextComesBackAsPlainTextNeverAsMarkUp() {
        PostHit tip = index.searchPosts(query("station")).hits().get(0);
        assertThat(tip.text()).isEqualTo(TestCorpus.P10.text());
        assertThat(joined(tip)).isEqualTo(TestCorpus.P10.text());
        assertThat(matches(tip)).containsExactly("station");
        assertThat(tip.snippet()).noneMatch(part -> part.text().contains("<mark>") || part.text().contains("<em>"));
    }

    @Test
    void hitsCarryTheirMetadataAndThePseudonymOnlyForDisplay() {
        PostHit hit = index.searchPosts(query("id:\"mastodon:p1\"")).hits().get(0);
        assertThat(hit.authorPseudonym()).isEqualTo(TestCorpus.P1.authorPseudonym());
        assertThat(hit.narrativeId()).isEqualTo("n1");
        assertThat(hit.neighbourhood()).isEqualTo("East Side");
        assertThat(hit.harm()).isEqualTo(0.82);
        assertThat(hit.harmScores()).as("each category with the reasons that scored it")
                .containsExactly(new HarmScore(HarmCategory.HATE_MIGRANTS, 0.82, List.of("cue")));
        assertThat(hit.url()).isEqualTo("https://news.example/a");
        assertThat(hit.createdAt()).isEqualTo(TestCorpus.P1.createdAt());
        assertThat(index.searchPosts(query(TestCorpus.P1.authorPseudonym())).total()).isZero();
        assertThatThrownBy(() -> index.searchPosts(query("author:" + TestCorpus.P1.authorPseudonym())))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void narrativesAreListedByPriorityAndSearchedByTheirText() {
        assertThat(narrativeIds(index.searchNarratives(NarrativeQuery.all()))).containsExactly("n4", "n1", "n2");
        assertThat(narrativeIds(index.searchNarratives(new NarrativeQuery(null, null, null, true, 0, 20))))
                .containsExactly("n4", "n1", "n3", "n2", "n5");
        assertThat(narrativeIds(index.searchNarratives(new NarrativeQuery(null, null, true, false, 0, 20))))
                .containsExactly("n4", "n1");
        assertThat(narrativeIds(index.searchNarratives(new NarrativeQuery(null, NarrativeStatus.MERGED, null, false, 0, 20))))
                .containsExactly("n3", "n5");
        assertThat(narrativeIds(index.searchNarratives(narratives("shelter")))).containsExactlyInAnyOrder("n1", "n2");
        assertThat(narrativeIds(index.searchNarratives(narratives("inmigrante")))).containsExactly("n1");

        NarrativeHit hit = index.searchNarratives(narratives("policia")).hits().get(0);
        assertThat(hit.narrative()).isEqualTo(TestCorpus.N1);
        assertThat(hit.snippet()).filteredOn(Highlight::match).extracting(Highlight::text).containsExactly("policía");
        assertThat(index.searchNarratives(narratives("status:active AND flagged:true")).total()).isEqualTo(2);
        assertThatThrownBy(() -> index.searchNarratives(narratives("author:x"))).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void aNarrativeIsReadByIdAsItsLatestSnapshot() {
        assertThat(index.narrative("n1")).contains(TestCorpus.N1);
        assertThat(index.narrative("missing")).isEmpty();
        var newer = new org.bellwether.model.Narrative(1, "n1", "updated label", List.of(), List.of(), List.of(),
                List.of(), List.of(), Map.of("en", 1L), Map.of(), Map.of(), Map.of(), 0.1, 0.0, 99, 0, 1, null, List.of(), 0.99,
                true, null, null, NarrativeStatus.ACTIVE, null, Instant.parse("2026-03-16T00:00:00Z"));
        assertThat(index.upsertNarrative(newer)).as("replaced").isTrue();
        index.refresh();
        assertThat(index.narrative("n1")).contains(newer);
        assertThat(index.stats().narratives()).isEqualTo(5);
    }

    @Test
    void upsertsAreIdempotentAndTombstonesDelete() {
        assertThat(index.upsertPost(TestCorpus.P1)).isTrue();
        assertThat(index.upsertPost(TestCorpus.P1)).isTrue(); // before and after a refresh
        index.refresh();
        assertThat(index.stats().posts()).isEqualTo(11);
        ScoredPost fresh = TestCorpus.post("new:1", "en", "2026-03-14T09:00:00Z", "n2", "Old Town", "rss", "fresh",
                List.of(), List.of());
        assertThat(index.upsertPost(fresh)).isFalse();
        assertThat(index.upsertPost(fresh)).isTrue();
        assertThat(index.deletePost("new:1")).isTrue();
        assertThat(index.deletePost("new:1")).isFalse();
        index.refresh();
        assertThat(index.stats().posts()).isEqualTo(11);
        assertThat(index.deleteNarrative("n2")).isTrue();
        index.refresh();
        assertThat(index.stats().narratives()).isEqualTo(4);
    }

    @Test
    void expiringTextKeepsMetadataAndCountsButNothingOfTheText() {
        Instant cutoff = Instant.parse("2026-03-14T11:00:00Z");
        assertThat(index.expireTextBefore(cutoff)).isEqualTo(3); // p8, p1, p2
        assertThat(index.stats().posts()).isEqualTo(11);
        assertThat(index.searchPosts(query("shelter")).total()).isZero();
        assertThat(index.searchPosts(query("timetable")).total()).isZero();
        assertThat(index.searchPosts(query("inmigrantes")).total()).isEqualTo(1); // created after the cutoff

        PostHit expired = index.searchPosts(query("id:\"mastodon:p1\"")).hits().get(0);
        assertThat(expired.text()).isNull();
        assertThat(expired.snippet()).isEmpty();
        assertThat(expired.narrativeId()).isEqualTo("n1");
        assertThat(index.searchPosts(filters(null, null, null, null, null, null, "east side", null)).total()).isEqualTo(4);

        assertThat(index.narrative("n1").orElseThrow().representativePosts())
                .extracting(r -> r.text() == null).containsExactly(true, false);
        assertThat(index.searchNarratives(narratives("shelter")).total()).as("labels are aggregates, kept").isEqualTo(2);

        index.upsertPost(TestCorpus.P1); // a replay must not bring the text back
        index.refresh();
        assertThat(index.searchPosts(query("id:\"mastodon:p1\"")).hits().get(0).text()).isNull();
        assertThat(index.expireTextBefore(cutoff)).isZero();
        assertThat(index.expireTextBefore(Instant.parse("2026-03-01T00:00:00Z"))).as("never moves back").isZero();
        assertThat(index.textCutoff()).contains(cutoff);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"migrnts~2 shelte~2 timetabe~2 weeknd~2 mayr~2",
        "(a1 OR a2 OR a3 OR a4 OR a5 OR a6 OR a7 OR a8 OR a9 OR a10) AND (b1 OR b2 OR b3 OR b4 OR b5 OR b6 OR b7 OR b8 "
            + "OR b9 OR b10) AND (c1 OR c2 OR c3 OR c4 OR c5 OR c6 OR c7 OR c8 OR c9 OR c10) AND (d1 OR d2 OR d3 OR d4 "
            + "OR d5 OR d6 OR d7 OR d8 OR d9 OR d10) AND (e1 OR e2 OR e3 OR e4 OR e5 OR e6 OR e7 OR e8 OR e9 OR e10) AND "
            + "(f1 OR f2 OR f3 OR f4 OR f5 OR f6 OR f7 OR f8 OR f9 OR f10) AND (g1 OR g2 OR g3 OR g4 OR g5 OR g6 OR g7 "
            + "OR g8 OR g9 OR g10) AND (h1 OR h2 OR h3 OR h4 OR h5 OR h6 OR h7 OR h8 OR h9 OR h10) AND (i1 OR i2 OR i3 "
            + "OR i4 OR i5 OR i6 OR i7 OR i8 OR i9 OR i10) AND (j1 OR j2 OR j3 OR j4 OR j5 OR j6 OR j7 OR j8 OR j9 OR j10) "
            + "AND (k1 OR k2 OR k3 OR k4 OR k5 OR k6 OR k7 OR k8 OR k9 OR k10)", "200 terms"})
    void expensiveQueriesAreEitherAnsweredOrRefusedNeverAnError(String given) {
        String q = given.equals("200 terms") ? java.util.stream.IntStream.range(0, 4)
                .mapToObj(g -> java.util.stream.IntStream.range(0, 50).mapToObj(i -> (char) ('a' + g) + "" + i)
                        .collect(Collectors.joining(" ", "(", ")")))
                .collect(Collectors.joining(" ")) : given;
        for (int i = 0; i < 400; i++) { // enough distinct terms for fuzzy expansion to fill up
            index.upsertPost(TestCorpus.post("bulk:" + i, "en", "2026-03-14T09:00:00Z", "n2", "Old Town", "rss",
                    "migrants" + i + " shelter" + i + " timetable" + i + " weekend" + i + " mayor" + i, List.of(),
                    List.of()));
        }
        index.refresh();
        try {
            assertThat(index.searchPosts(query(q)).total()).isNotNegative();
            assertThat(index.searchNarratives(narratives(q)).total()).isNotNegative();
        } catch (InvalidQueryException refused) {
            assertThat(refused).hasMessageContaining("too many");
        }
    }

    @Test
    void aSealedOriginalLinkIsReadBackForTheApiButNothingOfItIsSearchable() {
        ScoredPost p = TestCorpus.P1;
        index.upsertPost(new ScoredPost(1, "mastodon:sealed1", p.kind(), p.source(), null, p.authorPseudonym(),
                "sealed link post about the shelter", "en", p.createdAt(), p.collectedAt(), p.neighbourhood(),
                List.of(), List.of(), List.of(), p.harm(), p.narrativeId(), null, p.engagement(), "gcm1:k1:c2VhbGVk"));
        index.refresh();

        assertThat(index.sealedUrl("mastodon:sealed1")).contains("gcm1:k1:c2VhbGVk");
        assertThat(index.sealedUrl("mastodon:p1")).as("a link that names no account is not sealed").isEmpty();
        assertThat(index.sealedUrl("mastodon:nosuch")).isEmpty();
        PostHit hit = index.searchPosts(query("id:\"mastodon:sealed1\"")).hits().get(0);
        assertThat(hit.url()).isNull();
        assertThat(index.searchPosts(query("url:\"gcm1:k1:c2VhbGVk\"")).total()).isZero();
        assertThatThrownBy(() -> index.searchPosts(query("url:ht*news*")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("links are matched whole only");
    }

    private static PostQuery query(String q) {
        return new PostQuery(q, null, null, null, null, null, null, null, 0, 100);
    }

    private static NarrativeQuery narratives(String q) {
        return new NarrativeQuery(q, null, null, false, 0, 20);
    }

    private static PostQuery filters(String q, String lang, Instant from, Instant to, String narrativeId,
                                     String category, String neighbourhood, String source) {
        return new PostQuery(q, lang, from, to, narrativeId, category, neighbourhood, source, 0, 100);
    }

    static List<String> ids(SearchResult<PostHit> result) {
        return ids(result, true);
    }

    static List<String> ids(SearchResult<PostHit> result, boolean sorted) {
        var stream = result.hits().stream().map(PostHit::postId);
        return sorted ? stream.sorted().toList() : stream.toList();
    }

    private static List<String> narrativeIds(SearchResult<NarrativeHit> result) {
        return result.hits().stream().map(hit -> hit.narrative().narrativeId()).toList();
    }

    private static List<String> matches(PostHit hit) {
        return hit.snippet().stream().filter(Highlight::match).map(Highlight::text).toList();
    }

    private static String joined(PostHit hit) {
        return hit.snippet().stream().map(Highlight::text).collect(Collectors.joining());
    }
}
