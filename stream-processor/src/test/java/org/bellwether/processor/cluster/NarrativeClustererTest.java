package org.bellwether.processor.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.RawPost;
import org.bellwether.processor.normalise.Hashtags;
import org.bellwether.processor.support.SyntheticStream;
import org.junit.jupiter.api.Test;

class NarrativeClustererTest {
    private static final long T0 = Instant.parse("2026-03-14T09:00:00Z").toEpochMilli();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private final FeatureExtractor extractor = FeatureExtractor.standard();

    @Test
    void joinsSimilarPostsAndStartsNarrativesForNewStories() {
        NarrativeClusterer clusterer = clusterer(ClusteringSettings.defaults(), new InMemoryNarrativeRepository());
        Assignment first = assign(clusterer, "bridge over the river closed after a crack", T0);
        Assignment second = assign(clusterer, "engineers inspect the crack, river bridge closed", T0 + 60_000);
        Assignment other = assign(clusterer, "festival tickets for saturday sold out", T0 + 120_000);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.narrative()).isSameAs(first.narrative());
        assertThat(second.similarity()).isGreaterThan(0.3);
        assertThat(other.created()).isTrue();
        assertThat(first.narrative().id()).isEqualTo("n-00000001");
        assertThat(other.narrative().id()).isEqualTo("n-00000003".replace("3", "2"));
        assertThat(clusterer.openCount()).isEqualTo(2);
    }

    @Test
    void silentNarrativesFadeAtMaintenanceAndStopAttracting() {
        InMemoryNarrativeRepository repository = new InMemoryNarrativeRepository();
        NarrativeClusterer clusterer = clusterer(ClusteringSettings.defaults(), repository);
        Assignment bridge = assign(clusterer, "bridge river closed crack engineers", T0);
        for (int i = 0; i < 100; i++) {
            assign(clusterer, "unrelated chatter number " + i + " about lunch " + (i * 7919), T0 + 13 * HOUR + i);
        }
        assertThat(clusterer.maintenanceDue()).isTrue();
        List<NarrativeState> changed = clusterer.maintain();

        assertThat(changed).contains(bridge.narrative());
        assertThat(bridge.narrative().status()).isEqualTo(NarrativeStatus.FADING);
        Assignment again = assign(clusterer, "bridge river closed crack engineers", T0 + 14 * HOUR);
        assertThat(again.created()).isTrue();
    }

    @Test
    void aNarrativeAtExactlyItsDeadlineStaysOpenAndFadesJustAfter() {
        ClusteringSettings base = ClusteringSettings.defaults();
        ClusteringSettings everyPost = new ClusteringSettings(base.centroidTerms(), base.indexTerms(),
                base.minJoinSimilarity(), base.priorSimilarity(), base.priorDeviation(), base.priorWeight(),
                base.joinDeviations(), base.fadeMin(), base.fadeMax(), base.fadeGaps(), 1, base.absorbMaxPosts(),
                base.absorbMinAgePosts(), base.absorbSimilarity(), base.lastChancePosts(),
                base.lastChanceSimilarity(), base.mergeSimilarity(), base.mergeCoreShare(), base.mergeCoreMinPosts(),
                base.mergeTagSimilarity(), base.mergeTagMinPosts(), base.reviveTagShare(), base.reviveWithin(),
                base.maxVocabulary());
        NarrativeClusterer clusterer = clusterer(everyPost, new InMemoryNarrativeRepository());
        Assignment bridge = assign(clusterer, "bridge river closed crack engineers", T0);
        clusterer.maintain();
        assign(clusterer, "completely different words about lunch", T0 + base.fadeMinMillis());
        clusterer.maintain();
        assertThat(bridge.narrative().status()).isNotEqualTo(NarrativeStatus.FADING);
        assign(clusterer, "other unrelated chatter about weather", T0 + base.fadeMinMillis() + 1);
        clusterer.maintain();
        assertThat(bridge.narrative().status()).isEqualTo(NarrativeStatus.FADING);
    }

    @Test
    void narrativesWithDifferentWordsButTheSameHashtagsMerge() {
        for (boolean tagged : new boolean[] {true, false}) {
            NarrativeClusterer clusterer = clusterer(hashtagMerging(0.15), new InMemoryNarrativeRepository());
            NarrativeState[] pair = santaMariaInTwoLanguages(clusterer, tagged);
            NarrativeState portuguese = pair[0];
            NarrativeState english = pair[1];
            assertThat(english).isNotSameAs(portuguese);
            assertThat(english.similarity(portuguese)).isLessThan(ClusteringSettings.defaults().mergeSimilarity());

            clusterer.maintain();

            if (tagged) {
                assertThat(english.status()).isEqualTo(NarrativeStatus.MERGED);
                assertThat(english.mergedInto()).isEqualTo(portuguese.id());
                assertThat(clusterer.resolve(english.id())).isSameAs(portuguese);
                assertThat(portuguese.posts()).isEqualTo(12);
            } else {
                assertThat(english.isMerged()).isFalse();
            }
        }
    }

    @Test
    void aPlaceHashtagDoesNotMergeTwoNarrativesThatAStoryHashtagWould() {
        PlaceTags city = PlaceTags.of(List.of("Port Lucena", "Eastgate", "Saint-Roch"));
        // {place tags known, story hashtag on the posts}
        for (boolean[] run : new boolean[][] {{true, false}, {true, true}, {false, false}}) {
            boolean known = run[0];
            boolean story = run[1];
            ClusteringSettings settings = hashtagMerging(0.15).withPlaceTags(known ? city : PlaceTags.none());
            NarrativeClusterer clusterer = clusterer(settings, new InMemoryNarrativeRepository());
            String tags = story ? "#PortLucena #depotfire " : "#PortLucena ";
            NarrativeState market = null;
            NarrativeState ferry = null;
            for (int i = 0; i < 6; i++) {
                market = assign(clusterer,
                        tags + "market stalls cheese bread vendors saturday morning crowded square lovely",
                        T0 + i * 10 * HOUR, true).narrative();
                ferry = assign(clusterer,
                        tags + "ferry cancelled wind harbour crossing walking instead commuters stranded pier",
                        T0 + i * 10 * HOUR + 60_000, true).narrative();
            }
            assertThat(ferry).isNotSameAs(market);
            assertThat(ferry.similarity(market)).isLessThan(ClusteringSettings.defaults().mergeSimilarity());

            clusterer.maintain();

            // the place tags stay in the narrative's hashtags; they only do not count as a shared story
            boolean merged = !known || story;
            assertThat(market.profile().hashtags().get("portlucena")).isEqualTo(merged ? 12 : 6);
            if (!merged) {
                assertThat(ferry.isMerged()).isFalse();
                assertThat(market.posts()).isEqualTo(6);
            } else {
                assertThat(ferry.mergedInto()).isEqualTo(market.id());
                assertThat(market.posts()).isEqualTo(12);
            }
        }
    }

    @Test
    void narrativesUnderTwoSpellingsOfOneHashtagMerge() {
        // {hashtag of the reports, hashtag of the alerts, merged}
        String[][] runs = {{"#FloodPH", "#floodsPH", "true"}, {"#FloodPH", "#FloodWatch", "false"},
            {"#fire", "#fires", "false"}};
        for (String[] run : runs) {
            NarrativeClusterer clusterer = clusterer(ClusteringSettings.defaults(), new InMemoryNarrativeRepository());
            NarrativeState reports = null;
            NarrativeState alerts = null;
            for (int i = 0; i < 6; i++) {
                reports = assign(clusterer, run[0] + " waist deep water kamias kalayaan avoid area manila",
                        T0 + i * HOUR, true).narrative();
                alerts = assign(clusterer, run[1] + " passable light vehicles araneta rodriguez manila alert",
                        T0 + i * HOUR + 60_000, true).narrative();
            }
            assertThat(alerts).isNotSameAs(reports);
            assertThat(alerts.similarity(reports)).isLessThan(ClusteringSettings.defaults().mergeSimilarity());
            assertThat(alerts.profile().hashtags().cosine(reports.profile().hashtags())).isZero();

            clusterer.maintain();

            boolean merged = Boolean.parseBoolean(run[2]);
            assertThat(alerts.isMerged()).as("%s and %s", run[0], run[1]).isEqualTo(merged);
            assertThat(reports.posts()).isEqualTo(merged ? 12 : 6);
        }
    }

    @Test
    void hashtagsSpeakForANarrativeOnlyWhenAFifthOfItsPostsCarryAStoryHashtag() {
        PlaceTags city = PlaceTags.of(List.of("Port Lucena", "Eastgate"));
        ClusteringSettings settings = ClusteringSettings.defaults().withPlaceTags(city);
        assertThat(settings.mergeTagShare()).isEqualTo(0.2);
        // ten chatter posts under the city's tag, of which {1, 2, 3} also carry the shelter story's hashtag (the
        // chatter narrative took them in by their words): a share of 0.1, 0.2 and 0.3 of its posts
        for (int storyTagged = 1; storyTagged <= 3; storyTagged++) {
            NarrativeClusterer clusterer = clusterer(settings, new InMemoryNarrativeRepository());
            NarrativeState chatter = null;
            NarrativeState shelter = null;
            for (int i = 0; i < 10; i++) {
                String tags = i < storyTagged ? "#PortLucena #NoShelterHere " : "#PortLucena ";
                chatter = assign(clusterer,
                        tags + "market stalls cheese bread vendors saturday morning crowded square lovely",
                        T0 + i * HOUR, true, city).narrative();
                if (i < 6) {
                    shelter = assign(clusterer,
                            "#NoShelterHere #Eastgate hotel asylum council vote residents angry petition",
                            T0 + i * HOUR + 60_000, true, city).narrative();
                }
            }
            assertThat(chatter.posts()).isEqualTo(10);
            assertThat(shelter.posts()).isEqualTo(6);
            assertThat(chatter.profile().storyTagShare(chatter.posts())).isEqualTo(storyTagged / 10.0);
            assertThat(shelter.profile().storyTagShare(shelter.posts())).isEqualTo(1.0);
            // the mix of the story hashtags alone is the same: #noshelterhere on both, the place tags left out
            assertThat(chatter.profile().hashtags().cosine(shelter.profile().hashtags(), city)).isEqualTo(1.0);
            assertThat(shelter.similarity(chatter)).isLessThan(settings.mergeSimilarity());

            clusterer.maintain();

            boolean merged = storyTagged / 10.0 >= settings.mergeTagShare();
            assertThat(shelter.isMerged()).as("%d of 10 story-tagged", storyTagged).isEqualTo(merged);
            assertThat(chatter.posts()).isEqualTo(merged ? 16 : 10);
        }
    }

    @Test
    void aPostUnderAPlaceHashtagAloneDoesNotReviveAFadedNarrative() {
        InMemoryNarrativeRepository repository = new InMemoryNarrativeRepository();
        NarrativeClusterer clusterer = clusterer(reviving(0.2, Duration.ofDays(7))
                .withPlaceTags(PlaceTags.of(List.of("Brisbane"))), repository);
        NarrativeState floods = fadedFloods(clusterer, repository, "#Brisbane ");

        Assignment place = assign(clusterer, "#brisbane sunny spells for the weekend market", T0 + 14 * HOUR, true);
        assertThat(place.created()).isTrue();
        assertThat(floods.status()).isEqualTo(NarrativeStatus.FADING);
        Assignment story = assign(clusterer, "#brisbane #bigwet power out across the northern suburbs tonight",
                T0 + 15 * HOUR, true);
        assertThat(story.created()).isFalse();
        assertThat(story.narrative().id()).isEqualTo(floods.id());
    }

    /**
     * Six posts each about the Santa Maria nightclub fire in Portuguese and in English, ten hours apart: hardly a
     * word in common, the same hashtag when {@code tagged}. Returns the Portuguese and the English narrative.
     */
    private NarrativeState[] santaMariaInTwoLanguages(NarrativeClusterer clusterer, boolean tagged) {
        NarrativeState portuguese = null;
        NarrativeState english = null;
        for (int i = 0; i < 6; i++) {
            portuguese = assign(clusterer, "#santamaria boate kiss incendio tragedia centro cidade",
                    T0 + i * 10 * HOUR, tagged).narrative();
            english = assign(clusterer, "#santamaria brazil nightclub fire tragedy victims students",
                    T0 + i * 10 * HOUR + 60_000, tagged).narrative();
        }
        return new NarrativeState[] {portuguese, english};
    }

    @Test
    void aMergedNarrativeKeepsTheDebunkedClaimsOfBoth() {
        NarrativeClusterer clusterer = clusterer(hashtagMerging(0.15), new InMemoryNarrativeRepository());
        NarrativeState[] pair = santaMariaInTwoLanguages(clusterer, true);
        NarrativeState portuguese = pair[0];
        NarrativeState english = pair[1];
        portuguese.profile().claims().add("fire-was-arson", 6);
        english.profile().claims().add("death-toll-hidden", 6);

        clusterer.maintain();

        assertThat(english.mergedInto()).isEqualTo(portuguese.id());
        assertThat(portuguese.profile().claims().topMap(NarrativeProfile.CLAIMS))
                .containsOnly(java.util.Map.entry("fire-was-arson", 6L), java.util.Map.entry("death-toll-hidden", 6L));
    }

    @Test
    void aNarrativeRevivedByAbsorbingANewerOneStillFadesLater() {
        NarrativeClusterer clusterer = clusterer(ClusteringSettings.defaults(), new InMemoryNarrativeRepository());
        NarrativeState bridge = assign(clusterer, "bridge river closed crack engineers", T0).narrative();
        assign(clusterer, "bridge river closed crack engineers inspect", T0 + 60_000);
        assign(clusterer, "river bridge crack closed by engineers", T0 + 120_000);
        long later = T0 + 13 * HOUR;
        NarrativeState echo = assign(clusterer, "bridge river closed crack engineers again", later).narrative();
        assertThat(echo).isNotSameAs(bridge);
        for (int i = 0; i < 60; i++) {
            assign(clusterer, "unrelated chatter number " + i + " about lunch " + (i * 7919), later + 1 + i);
        }
        clusterer.maintain();
        // the bridge narrative was due to fade in this pass, but the echo folded into it and it lives on
        assertThat(echo.mergedInto()).isEqualTo(bridge.id());
        assertThat(bridge.status()).isNotEqualTo(NarrativeStatus.FADING);

        long weekLater = later + Duration.ofDays(8).toMillis();
        for (int i = 0; i < 3; i++) {
            assign(clusterer, "weather sunny again " + i, weekLater + i);
        }
        clusterer.maintain();
        assertThat(bridge.status()).isEqualTo(NarrativeStatus.FADING);
    }

    @Test
    void aRestoredClustererDecidesExactlyAsTheOriginal() {
        List<RawPost> posts = SyntheticStream.posts(600, Instant.ofEpochMilli(T0), 3);
        InMemoryNarrativeRepository repository = new InMemoryNarrativeRepository();
        TermStatistics statistics = new TermStatistics(1_000_000);
        NarrativeClusterer original = new NarrativeClusterer(ClusteringSettings.defaults(), repository, statistics);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        NarrativeClusterer restored = null;
        for (int i = 0; i < posts.size(); i++) {
            RawPost post = posts.get(i);
            Assignment assignment = original.assign(extractor.extract(post.text()), post.createdAt().toEpochMilli());
            repository.save(assignment.narrative());
            if (original.maintenanceDue()) {
                original.maintain();
            }
            expected.add(assignment.narrative().id());
        }
        InMemoryNarrativeRepository copy = new InMemoryNarrativeRepository();
        TermStatistics copiedStatistics = new TermStatistics(1_000_000);
        NarrativeClusterer replay = new NarrativeClusterer(ClusteringSettings.defaults(), copy, copiedStatistics);
        for (int i = 0; i < posts.size(); i++) {
            RawPost post = posts.get(i);
            if (i == 333) {
                restored = restore(copy, copiedStatistics, replay.counters());
                replay = restored;
            }
            Assignment assignment = replay.assign(extractor.extract(post.text()), post.createdAt().toEpochMilli());
            copy.save(assignment.narrative());
            if (replay.maintenanceDue()) {
                replay.maintain();
            }
            actual.add(assignment.narrative().id());
        }
        assertThat(restored).isNotNull();
        assertThat(actual).isEqualTo(expected);
    }

    /** The shipped settings with reviving by hashtags at this share, within this time. */
    /** Reviving by hashtags at this share and within, and not by words. */
    private static ClusteringSettings reviving(double share, Duration within) {
        ClusteringSettings base = ClusteringSettings.defaults();
        return revivingByWords(hashtagRules(base.mergeTagSimilarity(), share, within), 1.0);
    }

    /** These settings with reviving by words up to this multiple of a narrative's allowed silence (1: off). */
    private static ClusteringSettings revivingByWords(ClusteringSettings s, double silence) {
        return new ClusteringSettings(s.centroidTerms(), s.indexTerms(), s.minJoinSimilarity(), s.priorSimilarity(),
                s.priorDeviation(), s.priorWeight(), s.joinDeviations(), s.fadeMin(), s.fadeMax(), s.fadeGaps(),
                s.maintenanceEvery(), s.absorbMaxPosts(), s.absorbMinAgePosts(), s.absorbSimilarity(),
                s.lastChancePosts(), s.lastChanceSimilarity(), s.mergeSimilarity(), s.mergeCoreShare(),
                s.mergeCoreMinPosts(), s.mergeTagSimilarity(), s.mergeTagMinPosts(), s.mergeTagShare(),
                s.reviveTagShare(), s.reviveWithin(), silence, s.maxVocabulary(), s.placeTags());
    }

    /**
     * A flood narrative of six posts under #bigwet (one of them also under #weather), then a day of chatter after
     * which it has faded. Every narrative is saved as the narrative step saves it.
     */
    private NarrativeState fadedFloods(NarrativeClusterer clusterer, InMemoryNarrativeRepository repository) {
        return fadedFloods(clusterer, repository, "");
    }

    /** {@link #fadedFloods(NarrativeClusterer, InMemoryNarrativeRepository)} with these hashtags on every post. */
    private NarrativeState fadedFloods(NarrativeClusterer clusterer, InMemoryNarrativeRepository repository,
                                       String tags) {
        NarrativeState floods = null;
        for (int i = 0; i < 6; i++) {
            String text = tags + (i == 0 ? "#bigwet #weather brisbane river rising, sandbags at the depot"
                    : "#bigwet brisbane river rising, sandbags at the depot");
            floods = assign(clusterer, text, T0 + i * 60_000L, true).narrative();
            repository.save(floods);
        }
        for (int i = 0; i < 100; i++) {
            repository.save(assign(clusterer, "unrelated chatter number " + i + " about lunch " + (i * 7919),
                    T0 + 13 * HOUR + i).narrative());
        }
        clusterer.maintain();
        assertThat(floods.status()).isEqualTo(NarrativeStatus.FADING);
        assertThat(floods.posts()).isEqualTo(6);
        return floods;
    }

    @Test
    void aPostUnderTheHashtagAtTheHeartOfARecentlyFadedNarrativeRevivesIt() {
        for (boolean on : new boolean[] {true, false}) {
            InMemoryNarrativeRepository repository = new InMemoryNarrativeRepository();
            NarrativeClusterer clusterer = clusterer(reviving(on ? 0.2 : 2.0, Duration.ofDays(7)), repository);
            NarrativeState floods = fadedFloods(clusterer, repository);

            // a hashtag on one post in six is not what the narrative is about
            Assignment minority = assign(clusterer, "#weather sunny spells for the weekend market", T0 + 14 * HOUR,
                    true);
            assertThat(minority.created()).isTrue();
            // the story resurfaces in other words under its hashtag
            Assignment resurfacing = assign(clusterer, "#bigwet power out across the northern suburbs tonight",
                    T0 + 15 * HOUR, true);

            if (on) {
                assertThat(resurfacing.created()).isFalse();
                assertThat(resurfacing.narrative().id()).isEqualTo(floods.id());
                assertThat(resurfacing.narrative().status()).isNotEqualTo(NarrativeStatus.FADING);
                assertThat(resurfacing.narrative().posts()).isEqualTo(7);
                assertThat(clusterer.stillOpen(resurfacing.narrative())).isTrue();
                // open again, it attracts the posts of its story as before
                Assignment next = assign(clusterer, "#bigwet brisbane river rising, sandbags at the depot",
                        T0 + 16 * HOUR, true);
                assertThat(next.narrative()).isSameAs(resurfacing.narrative());
            } else {
                assertThat(resurfacing.created()).isTrue();
                assertThat(floods.status()).isEqualTo(NarrativeStatus.FADING);
            }
        }
    }

    @Test
    void aNarrativeFadedLongerAgoThanTheRevivalWindowIsForgotten() {
        InMemoryNarrativeRepository repository = new InMemoryNarrativeRepository();
        NarrativeClusterer clusterer = clusterer(reviving(0.2, Duration.ofDays(7)), repository);
        NarrativeState floods = fadedFloods(clusterer, repository);

        Assignment late = assign(clusterer, "#bigwet power out across the northern suburbs tonight",
                T0 + Duration.ofDays(7).toMillis() + HOUR, true);

        assertThat(late.created()).isTrue();
        assertThat(floods.status()).isEqualTo(NarrativeStatus.FADING);
    }

    @Test
    void aRestoredClustererRevivesTheSameFadedNarrative() {
        revivesTheSameAfterARestart(reviving(0.2, Duration.ofDays(7)),
                "#bigwet power out across the northern suburbs tonight", true);
    }

    /** Revives the faded flood narrative with this post, once straight on and once after a restore: the same way. */
    private void revivesTheSameAfterARestart(ClusteringSettings settings, String text, boolean tagged) {
        List<String> revived = new ArrayList<>();
        for (boolean restart : new boolean[] {false, true}) {
            InMemoryNarrativeRepository repository = new InMemoryNarrativeRepository();
            TermStatistics statistics = new TermStatistics(1_000_000);
            NarrativeClusterer clusterer = new NarrativeClusterer(settings, repository, statistics);
            fadedFloods(clusterer, repository);
            if (restart) {
                clusterer = restore(settings, repository, statistics, clusterer.counters());
            }
            Assignment resurfacing = assign(clusterer, text, T0 + 15 * HOUR, tagged);
            assertThat(resurfacing.created()).isFalse();
            revived.add(resurfacing.narrative().id() + " " + resurfacing.narrative().posts());
        }
        assertThat(revived.get(1)).isEqualTo(revived.get(0));
    }

    /**
     * The flood narrative of {@link #fadedFloods} may stay silent 12 hours (its posts came minutes apart, so the
     * shortest silence allowed, {@code fadeMin}); it faded after the chatter at 13 hours; at the shipped 1.5 a post
     * may revive it by words until 18 hours after its last post.
     */
    @Test
    void aStoryBackInItsOldWordsRevivesItsNarrativeForHalfAsLongAgainAsItCouldBeSilent() {
        String back = "brisbane river rising again tonight, more sandbags at the depot";
        long lastPost = T0 + 5 * 60_000L;
        record Case(double silence, long at, boolean revives) {
        }
        for (Case c : List.of(new Case(1.5, T0 + 15 * HOUR, true), new Case(1.5, lastPost + 18 * HOUR, true),
                new Case(1.5, lastPost + 18 * HOUR + 1, false), new Case(1.0, T0 + 15 * HOUR, false))) {
            InMemoryNarrativeRepository repository = new InMemoryNarrativeRepository();
            NarrativeClusterer clusterer = clusterer(revivingByWords(reviving(2.0, Duration.ofDays(7)), c.silence()),
                    repository);
            NarrativeState floods = fadedFloods(clusterer, repository);

            Assignment returning = assign(clusterer, back, c.at());

            assertThat(returning.created()).as(c.toString()).isEqualTo(!c.revives());
            if (c.revives()) {
                assertThat(returning.narrative().id()).isEqualTo(floods.id());
                assertThat(returning.narrative().posts()).isEqualTo(7);
                assertThat(clusterer.stillOpen(returning.narrative())).isTrue();
            } else {
                assertThat(returning.narrative().id()).isNotEqualTo(floods.id());
            }
        }
    }

    @Test
    void aPostUnlikeTheFadedNarrativeDoesNotReviveIt() {
        InMemoryNarrativeRepository repository = new InMemoryNarrativeRepository();
        NarrativeClusterer clusterer = clusterer(revivingByWords(reviving(2.0, Duration.ofDays(7)), 1.5),
                repository);
        NarrativeState floods = fadedFloods(clusterer, repository);

        Assignment other = assign(clusterer, "the depot canteen serves soup on fridays, queue outside",
                T0 + 15 * HOUR);

        assertThat(other.created()).isTrue();
        assertThat(floods.status()).isEqualTo(NarrativeStatus.FADING);
    }

    @Test
    void aRestoredClustererRevivesByWordsTheSameNarrative() {
        revivesTheSameAfterARestart(revivingByWords(reviving(2.0, Duration.ofDays(7)), 1.5),
                "brisbane river rising again tonight, more sandbags at the depot", false);
    }

    /** The shipped settings with merging by hashtags at this cosine. */
    private static ClusteringSettings hashtagMerging(double similarity) {
        ClusteringSettings base = ClusteringSettings.defaults();
        return hashtagRules(similarity, base.reviveTagShare(), base.reviveWithin());
    }

    /** The shipped settings with these hashtag rules: merging at this cosine, reviving at this share and within. */
    private static ClusteringSettings hashtagRules(double mergeSimilarity, double reviveShare, Duration reviveWithin) {
        ClusteringSettings base = ClusteringSettings.defaults();
        return new ClusteringSettings(base.centroidTerms(), base.indexTerms(), base.minJoinSimilarity(),
                base.priorSimilarity(), base.priorDeviation(), base.priorWeight(), base.joinDeviations(),
                base.fadeMin(), base.fadeMax(), base.fadeGaps(), base.maintenanceEvery(), base.absorbMaxPosts(),
                base.absorbMinAgePosts(), base.absorbSimilarity(), base.lastChancePosts(),
                base.lastChanceSimilarity(), base.mergeSimilarity(), base.mergeCoreShare(), base.mergeCoreMinPosts(),
                mergeSimilarity, base.mergeTagMinPosts(), reviveShare, reviveWithin, base.maxVocabulary());
    }

    /** A new clusterer over serialised copies of every stored narrative and of the term statistics. */
    private static NarrativeClusterer restore(InMemoryNarrativeRepository repository, TermStatistics statistics,
                                              ClusterCounters counters) {
        return restore(ClusteringSettings.defaults(), repository, statistics, counters);
    }

    /** A new clusterer with these settings over serialised copies of every stored narrative. */
    private static NarrativeClusterer restore(ClusteringSettings settings, InMemoryNarrativeRepository repository,
                                              TermStatistics statistics, ClusterCounters counters) {
        List<NarrativeState> copies = new ArrayList<>();
        for (NarrativeState state : repository.narratives().values()) {
            NarrativeState copy = NarrativeStateSerde.read(NarrativeStateSerde.write(state));
            copies.add(copy);
            repository.save(copy);
        }
        NarrativeClusterer clusterer = new NarrativeClusterer(settings, repository, statistics);
        clusterer.restore(counters, copies);
        return clusterer;
    }

    private Assignment assign(NarrativeClusterer clusterer, String text, long time) {
        return clusterer.assign(extractor.extract(text), time);
    }

    /**
     * Assigns a post and, when {@code tagged}, gives the clusterer its hashtags and counts them in the profile as the
     * narrative step does.
     */
    private Assignment assign(NarrativeClusterer clusterer, String text, long time, boolean tagged) {
        return assign(clusterer, text, time, tagged, PlaceTags.none());
    }

    /** As above, the profile counting story hashtags as the narrative step does with the city's place tags. */
    private Assignment assign(NarrativeClusterer clusterer, String text, long time, boolean tagged,
                              PlaceTags places) {
        Assignment assignment = tagged ? clusterer.assign(extractor.extract(text), Hashtags.of(text), time)
                : assign(clusterer, text, time);
        if (tagged) {
            assignment.narrative().profile().addHashtags(Hashtags.of(text), places);
        }
        return assignment;
    }

    private static NarrativeClusterer clusterer(ClusteringSettings settings, InMemoryNarrativeRepository repository) {
        return new NarrativeClusterer(settings, repository, new TermStatistics(settings.maxVocabulary()));
    }
}
