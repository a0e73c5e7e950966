package org.bellwether.processor.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bellwether.model.Alert;
import org.bellwether.model.Narrative;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Severity;
import org.bellwether.model.Tip;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlaggingStepTest {
    private static final Instant T0 = TopologyFixture.T0;
    private final TopologyFixture fixture = new TopologyFixture(TopologyFixture.settings());

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aHarmfulNarrativeBurstingAmongManyAuthorsRaisesOneAlertThatSaysWhy() {
        for (int i = 0; i < 14; i++) {
            fixture.pipe(TopologyFixture.post("h" + i, "author" + i,
                    "those vermin from the east camp are everywhere, number " + i, T0.plusSeconds(60L * i), null,
                    null));
        }

        List<Alert> alerts = fixture.alerts.readValuesToList();
        assertThat(alerts).hasSize(2);
        Alert spreading = alerts.get(0);
        assertThat(spreading.rule()).isEqualTo("harmful-narrative-spreading");
        assertThat(spreading.severity()).isEqualTo(Severity.HIGH);
        assertThat(spreading.reason()).contains("5 posts in the last 24 h", "5 authors", "harm 0.95", "hate_migrants");
        assertThat(spreading.metrics()).containsEntry("posts_last_day", 5.0).containsKey("burst");
        assertThat(spreading.priority()).isBetween(0.0, 1.0);
        Alert escalation = alerts.get(1);
        assertThat(escalation.rule()).isEqualTo("harmful-narrative-bursting");
        assertThat(escalation.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(escalation.narrativeId()).isEqualTo(spreading.narrativeId());
        assertThat(escalation.alertId()).isNotEqualTo(spreading.alertId());

        fixture.driver.advanceWallClockTime(Duration.ofSeconds(5));
        List<Narrative> snapshots = fixture.narratives.readValuesToList().stream()
                .filter(n -> n.narrativeId().equals(spreading.narrativeId())).toList();
        Narrative last = snapshots.get(snapshots.size() - 1);
        assertThat(last.postCount()).isEqualTo(14);
        assertThat(last.flagged()).isTrue();
        assertThat(last.harm()).isGreaterThan(0.8);
        assertThat(last.harmMix()).containsKey(org.bellwether.model.HarmCategory.HATE_MIGRANTS);
    }

    @Test
    void theCoolDownKeepsANarrativeFromAlertingAgainAtTheSameSeverity() {
        for (int i = 0; i < 40; i++) {
            fixture.pipe(TopologyFixture.post("h" + i, "author" + i, "vermin everywhere near the old mill " + i,
                    T0.plusSeconds(30L * i), null, null));
        }
        List<Alert> alerts = fixture.alerts.readValuesToList();
        assertThat(alerts).extracting(Alert::severity).containsExactly(Severity.HIGH, Severity.CRITICAL);

        fixture.pipe(TopologyFixture.post("late", "author-late", "vermin everywhere near the old mill again",
                T0.plus(Duration.ofHours(30)), null, null));
        assertThat(fixture.alerts.isEmpty()).isTrue();
    }

    @Test
    void theShippedEmergingRuleForNarrativesUnderAWeekFiresOnceOnAStorySimmeringForDaysAndThenNeverAgain() {
        AlertRule weekOnce = new AlertRule("emerging-narrative", Severity.MEDIUM, 5, 0, 3.0, 0, 0, 0.12,
                Duration.ofDays(7), true, true);
        assertThat(FlaggingSettings.defaultRules()).contains(weekOnce);
        AlertRule twoDays = new AlertRule("emerging-narrative", Severity.MEDIUM, 5, 0, 3.0, 0, 0, 0.12,
                Duration.ofDays(2), true, false);
        try (TopologyFixture weekly = new TopologyFixture(TopologyFixture.settings()
                .withFlagging(FlaggingSettings.defaults().withRules(List.of(weekOnce))));
             TopologyFixture twoDayFixture = new TopologyFixture(TopologyFixture.settings()
                     .withFlagging(FlaggingSettings.defaults().withRules(List.of(twoDays))))) {
            String text = "the ferry timetable to the islands changes from monday, number ";
            int n = 0;
            // a trickle for four days, never five posts in a day: nothing to alert on
            for (int i = 0; i < 8; i++) {
                RawPost post = TopologyFixture.post("f" + n, "author" + n, text + n,
                        T0.plus(Duration.ofHours(12L * i)), null, null);
                weekly.pipe(post);
                twoDayFixture.pipe(post);
                n++;
            }
            assertThat(weekly.alerts.isEmpty()).isTrue();

            // then the story takes off, four days after its first post
            Instant burst = T0.plus(Duration.ofDays(4));
            for (int i = 0; i < 8; i++) {
                RawPost post = TopologyFixture.post("f" + n, "author" + n, text + n, burst.plusSeconds(60L * i),
                        null, null);
                weekly.pipe(post);
                twoDayFixture.pipe(post);
                n++;
            }
            assertThat(weekly.alerts.readValuesToList()).extracting(Alert::rule)
                    .containsExactly("emerging-narrative");
            assertThat(twoDayFixture.alerts.isEmpty()).as("a rule under two days looks back two days only").isTrue();

            // two and a half days later, past the cool-down and still under a week old, it bursts again: the officer
            // already follows it
            Instant again = burst.plus(Duration.ofHours(60));
            for (int i = 0; i < 8; i++) {
                weekly.pipe(TopologyFixture.post("f" + n, "author" + n, text + n, again.plusSeconds(60L * i), null,
                        null));
                n++;
            }
            assertThat(weekly.alerts.isEmpty()).isTrue();
        }
    }

    @Test
    void harmlessChatterDoesNotAlert() {
        for (int i = 0; i < 30; i++) {
            fixture.pipe(TopologyFixture.post("c" + i, "author" + (i % 3), "lovely weather for the market " + i,
                    T0.plus(Duration.ofHours(i)), null, null));
        }
        assertThat(fixture.alerts.isEmpty()).isTrue();
    }

    @Test
    void partnerObservationsCountAsTrustedSourcesAndTwoFlagWhatTwoAnonymousTipsDoNot() {
        AlertRule emerging = FlaggingSettings.defaultRules().stream()
                .filter(rule -> rule.name().equals("emerging-narrative")).findFirst().orElseThrow();
        int needed = (int) Math.ceil((double) emerging.minPostsLastDay() / TrustedSources.PARTNER_OBSERVATION_WEIGHT);
        assertThat(needed).as("one observation alone never flags").isGreaterThan(1);
        String text = "Leaflets at the youth centre say the Mill Road bridge is closing for good";

        for (int i = 0; i < needed; i++) {
            fixture.pipe(tip("web-" + i, "web", "Bins in Canal Quarter were not collected again this week",
                    T0.plusSeconds(60L * i)));
        }
        assertThat(fixture.alerts.isEmpty()).as("anonymous tips count once each").isTrue();

        for (int i = 0; i < needed; i++) {
            fixture.pipe(tip("obs-" + i, "partner:old-harbour-youth-centre", text + " " + i,
                    T0.plus(Duration.ofDays(3)).plusSeconds(60L * i)));
            if (i < needed - 1) {
                assertThat(fixture.alerts.isEmpty()).as("after %d observations", i + 1).isTrue();
            }
        }
        Alert alert = fixture.alerts.readValue();
        assertThat(alert.rule()).isEqualTo("emerging-narrative");
        assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(alert.metrics()).containsEntry("posts_last_day",
                (double) needed * TrustedSources.PARTNER_OBSERVATION_WEIGHT);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "tip:partner:old-harbour-youth-centre, 3",
            "tip:partner, 1",
            "tip:partner:, 1",
            "tip:web, 1",
            "mastodon:city.social, 1",
            "partner:old-harbour-youth-centre, 1"})
    void onlyARegisteredPartnersObservationWeighsMore(String source, int weight) {
        assertThat(TrustedSources.volumeWeight(source)).isEqualTo(weight);
    }

    private static Tip tip(String id, String channel, String text, Instant at) {
        return new Tip(SchemaVersion.CURRENT, id, channel, text, List.of(), "en", null, at, null, true);
    }
}
