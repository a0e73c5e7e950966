package org.bellwether.collectors.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.collectors.RecordingSink;
import org.bellwether.ingest.FieldMapping;
import org.bellwether.collectors.replay.ReplayCollector;
import org.bellwether.collectors.replay.ReplaySettings;
import org.bellwether.model.TipContact;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.bellwether.model.Tip;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoScenarioTest {
    private static final List<String> HARMFUL = List.of("rumour-poisoned-water", "shelter-migrants",
            "conspiracy-antisemitic", "threat-mayor", "harass-councillor");
    private static Scenario scenario;

    @BeforeAll
    static void generate() {
        scenario = DemoScenario.generate(DemoSettings.defaults(42));
    }

    @Test
    void theSameSeedGivesTheSameScenarioAndAnotherSeedAnotherOne() {
        Scenario again = DemoScenario.generate(DemoSettings.defaults(42));
        Scenario other = DemoScenario.generate(DemoSettings.defaults(7));
        assertThat(again.posts()).isEqualTo(scenario.posts());
        assertThat(again.tips()).isEqualTo(scenario.tips());
        assertThat(other.posts().stream().map(p -> p.post().text()).toList())
                .isNotEqualTo(scenario.posts().stream().map(p -> p.post().text()).toList());
    }

    @Test
    void isAThreeDayCityStreamInTimeOrderWithUniqueKeys() {
        List<RawPost> posts = scenario.posts().stream().map(DemoPost::post).toList();
        assertThat(posts).hasSizeBetween(4_000, 7_000);
        assertThat(posts).extracting(RawPost::key).doesNotHaveDuplicates();
        assertThat(posts).isSortedAccordingTo((a, b) -> a.createdAt().compareTo(b.createdAt()));
        Instant start = DemoSettings.DEFAULT_START;
        assertThat(posts).allSatisfy(p -> assertThat(p.createdAt()).isBetween(start, start.plus(Duration.ofHours(72))));
        assertThat(posts).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo(DemoScenario.SOURCE);
            assertThat(p.text()).isNotBlank().doesNotContain("{").doesNotContain("}");
            assertThat(p.authorHandle()).isNotBlank();
            assertThat(p.engagement()).isNotNull();
        });
    }

    @Test
    void chatterSpeaksFourLanguagesAcrossEveryNeighbourhoodWithoutLookingMachineRepeated() {
        List<DemoPost> chatter = scenario.storyline(DemoPost.CHATTER);
        Map<String, Long> byLanguage = chatter.stream()
                .collect(Collectors.groupingBy(p -> p.post().lang(), Collectors.counting()));
        assertThat(byLanguage.keySet()).containsExactlyInAnyOrderElementsOf(DemoScenario.LANGUAGES);
        assertThat(byLanguage.get("en")).isGreaterThan(byLanguage.get("es"));
        List<DemoPost> originals = chatter.stream().filter(p -> p.kind().equals("original")).toList();
        long distinct = originals.stream().map(p -> p.post().text()).distinct().count();
        assertThat((double) distinct / originals.size()).as("share of distinct chatter texts").isGreaterThan(0.85);
        Set<String> places = scenario.posts().stream().filter(p -> p.post().geo() != null)
                .map(p -> p.post().geo().place()).collect(Collectors.toSet());
        assertThat(places).containsExactlyInAnyOrderElementsOf(DemoCity.NEIGHBOURHOOD_NAMES);
        assertThat(scenario.posts()).anyMatch(p -> p.post().geo() != null && p.post().geo().lat() != null);
    }

    @Test
    void fiveHarmfulNarrativesEmergeAtTheirHourGrowAndAreAmplifiedInSeveralLanguages() {
        Map<String, Double> onsets = DemoScenario.onsetHours();
        assertThat(DemoScenario.storylineIds()).containsAll(HARMFUL);
        for (String id : HARMFUL) {
            List<DemoPost> story = scenario.storyline(id);
            Instant onset = DemoSettings.DEFAULT_START.plusSeconds((long) (onsets.get(id) * 3600));
            assertThat(story.get(0).post().createdAt()).as(id + " starts at its onset").isEqualTo(onset);
            assertThat(story).allSatisfy(p -> {
                assertThat(p.post().createdAt()).isAfterOrEqualTo(onset);
                assertThat(p.harmful()).isTrue();
            });
            long firstHours = story.stream().filter(p -> p.post().createdAt().isBefore(onset.plusSeconds(2 * 3600)))
                    .count();
            long laterHours = story.stream().filter(p -> !p.post().createdAt().isBefore(onset.plusSeconds(6 * 3600))
                    && p.post().createdAt().isBefore(onset.plusSeconds(8 * 3600))).count();
            assertThat(laterHours).as(id + " grows").isGreaterThan(firstHours);
            assertThat(story.stream().map(p -> p.post().lang()).distinct().count()).as(id + " languages")
                    .isGreaterThanOrEqualTo(3);
            assertThat(story).as(id + " reposts").anySatisfy(p -> {
                assertThat(p.kind()).isEqualTo("repost");
                assertThat(p.post().repostOf()).startsWith("demo:");
            });
            assertThat(story).as(id + " near-duplicates").anySatisfy(p -> assertThat(p.kind()).isEqualTo("near-duplicate"));
            long authors = story.stream().map(p -> p.post().authorHandle()).distinct().count();
            assertThat(authors).as(id + " has a crowd, not one account").isGreaterThan(10);
        }
        List<Double> ordered = HARMFUL.stream().map(onsets::get).toList();
        assertThat(ordered).isSorted().doesNotHaveDuplicates();
        Set<String> keys = scenario.posts().stream().map(p -> p.post().key()).collect(Collectors.toSet());
        assertThat(scenario.posts()).filteredOn(p -> p.post().repostOf() != null)
                .allSatisfy(p -> assertThat(keys).contains(p.post().repostOf()));
    }

    @Test
    void harmfulTextCarriesTheSignalsADetectorNeeds() {
        assertThat(texts("shelter-migrants")).anyMatch(t -> t.contains("rats") || t.contains("plague"));
        assertThat(texts("conspiracy-antisemitic")).anyMatch(t -> t.contains("Jew"));
        assertThat(texts("threat-mayor")).anyMatch(t -> t.contains("Okafor") && t.contains("door"));
        assertThat(texts("harass-councillor")).anyMatch(t -> t.contains("kitchen"));
        assertThat(texts("rumour-poisoned-water")).anyMatch(t -> t.contains("poisoned"));
    }

    @Test
    void seedsTipsWithConsentAndSealedContactThroughTheStreamer() {
        assertThat(scenario.tips()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(scenario.tips().stream().map(DemoTip::language).distinct()).contains("en", "es", "fr", "ar");
        ContactCipher cipher = new ContactCipher("k1", Map.of("k1", new byte[32]));
        RecordingSink sink = new RecordingSink();
        Scenario small = DemoScenario.generate(DemoSettings.small(5));
        DemoStreamer streamer = new DemoStreamer(small, sink, CheckpointStore.empty(), cipher, 0, false,
                java.time.Clock.systemUTC(), new CollectorCounters("demo"));
        streamer.run();
        assertThat(streamer.finished()).isTrue();
        assertThat(sink.posts).hasSize(small.posts().size());
        assertThat(sink.tips).hasSize(small.tips().size()).allSatisfy(tip -> {
            assertThat(tip.consent()).isTrue();
            if (tip.contactSealed() != null) {
                assertThat(tip.contactSealed()).startsWith("gcm1:k1:").doesNotContain("@");
                assertThat(cipher.open(tip.contactSealed(), TipContact.PURPOSE)).isNotBlank();
            }
        });
        assertThat(sink.tips).extracting(Tip::contactSealed).anyMatch(c -> c == null);
        assertThat(sink.tips).extracting(Tip::contactSealed).filteredOn(c -> c != null).isNotEmpty();
    }

    @Test
    void aSecondStreamerResumesWhereTheFirstStoppedAndReBasesTimesOnce() {
        Scenario small = DemoScenario.generate(DemoSettings.small(11));
        ContactCipher cipher = new ContactCipher("k1", Map.of("k1", new byte[32]));
        RecordingSink first = new RecordingSink().failAfter(101);
        DemoStreamer streamer = new DemoStreamer(small, first, CheckpointStore.empty(), cipher, 0, true,
                java.time.Clock.systemUTC(), new CollectorCounters("demo"));
        streamer.run();
        assertThat(streamer.finished()).isFalse();
        RecordingSink second = new RecordingSink();
        new DemoStreamer(small, second, first.checkpoints(), cipher, 0, true, java.time.Clock.systemUTC(),
                new CollectorCounters("demo")).run();

        assertThat(first.posts.size() + first.tips.size()).isEqualTo(100);
        List<String> all = new java.util.ArrayList<>(first.posts.stream().map(RawPost::key).toList());
        all.addAll(second.posts.stream().map(RawPost::key).toList());
        assertThat(all).doesNotHaveDuplicates().hasSize(small.posts().size());
        Duration firstShift = Duration.between(small.posts().get(0).post().createdAt(), first.posts.get(0).createdAt());
        RawPost resumed = second.posts.get(0);
        DemoPost original = small.posts().stream().filter(p -> p.post().key().equals(resumed.key())).findFirst()
                .orElseThrow();
        assertThat(Duration.between(original.post().createdAt(), resumed.createdAt())).isEqualTo(firstShift);
        assertThat(second.posts.get(second.posts.size() - 1).createdAt()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void aReBasedScenarioMovesByWholeHoursSoItsHourlyVolumesAreTheSameAtEveryStart() {
        Scenario small = DemoScenario.generate(DemoSettings.small(11));
        ContactCipher cipher = new ContactCipher("k1", Map.of("k1", new byte[32]));
        Instant scenarioEnd = small.settings().start().plus(small.settings().span());
        for (String now : new String[] {"2026-12-06T23:20:17Z", "2026-12-06T23:59:59Z", "2026-12-07T00:00:00Z"}) {
            RecordingSink sink = new RecordingSink();
            DemoStreamer streamer = new DemoStreamer(small, sink, CheckpointStore.empty(), cipher, 0, true,
                    java.time.Clock.fixed(Instant.parse(now), java.time.ZoneOffset.UTC),
                    new CollectorCounters("demo"));
            streamer.run();

            Duration shift = streamer.shift();
            assertThat(shift.toMillis() % Duration.ofHours(1).toMillis()).as(now).isZero();
            assertThat(scenarioEnd.plus(shift)).as(now).isBeforeOrEqualTo(Instant.parse(now))
                    .isAfter(Instant.parse(now).minus(Duration.ofHours(1)));
            DemoPost first = small.posts().get(0);
            assertThat(sink.posts.get(0).createdAt()).isEqualTo(first.post().createdAt().plus(shift));
        }
    }

    @Test
    void writesJsonlThatReplaysToTheSamePostsWithMalformedLinesInTheDlq(@TempDir Path dir) throws Exception {
        Scenario small = DemoScenario.generate(DemoSettings.small(3));
        Path file = dir.resolve("demo.jsonl");
        DemoFiles.Written written = DemoFiles.writeJsonl(small, file, 10);
        assertThat(written.malformed()).hasSize(10);

        RecordingSink sink = new RecordingSink();
        ReplaySettings settings = ReplaySettings.of(file, FieldMapping.demo()).withSource(DemoScenario.SOURCE);
        CollectorCounters.Snapshot counts = new ReplayCollector(settings, sink, CheckpointStore.empty(),
                new CollectorCounters("demo"), java.time.Clock.systemUTC()).replay();

        assertThat(counts.collected()).isEqualTo(small.posts().size());
        assertThat(counts.invalid()).isEqualTo(10);
        assertThat(sink.posts).hasSize(small.posts().size());
        for (int i = 0; i < small.posts().size(); i++) {
            RawPost expected = small.posts().get(i).post();
            RawPost actual = sink.posts.get(i);
            assertThat(actual.key()).isEqualTo(expected.key());
            assertThat(actual.text()).isEqualTo(expected.text());
            assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
            assertThat(actual.geo()).isEqualTo(expected.geo());
            assertThat(actual.engagement()).isEqualTo(expected.engagement());
            assertThat(actual.repostOf()).isEqualTo(expected.repostOf());
            assertThat(actual.authorHandle()).isEqualTo(expected.authorHandle());
        }
        List<String> reasons = sink.deadLetters.stream().map(DeadLetter::reason).toList();
        for (int i = 0; i < written.malformed().size(); i++) {
            assertThat(reasons.get(i)).contains(written.malformed().get(i).reason());
        }
    }

    private static List<String> texts(String storyline) {
        return scenario.storyline(storyline).stream().map(p -> p.post().text()).toList();
    }
}
