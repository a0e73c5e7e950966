package org.bellwether.api.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.notify.Notifier;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.Narratives;
import org.bellwether.api.support.TestApps;
import org.bellwether.api.triage.TriageSettings;
import org.bellwether.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An offer nobody answers, on a controlled clock: nothing before the case's target, one reminder to the messenger
 * when it has passed, one alert to the offering officer when another target has passed, and nothing for an offer
 * that was answered.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OfferRemindersTest {
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH);
    static Alerts alerts;
    static String officer;
    static UUID amina;
    static TriageSettings triage;

    @BeforeAll
    static void setUp() {
        alerts = new Alerts(APP.getConfiguration().getDatabase().getUrl());
        officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        String messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
        amina = UUID.fromString(TestApps.as(APP, messenger, "/api/messengers/me").get(JsonNode.class).get("id")
                .asText());
        alerts.jdbi().useHandle(h -> h.execute("UPDATE messengers SET capacity = 50 WHERE id = ?", amina));
        triage = APP.getConfiguration().getTriage().build();
    }

    @Test
    void anUnansweredOfferRemindsTheMessengerOnceThenAlertsTheOfficerOnce() {
        UUID offer = offer("reminder-1");
        UUID answered = offer("reminder-2");
        alerts.forceAssignment(answered, "accepted");
        Instant offeredAt = createdAt(offer);
        Duration target = target(offer);

        assertThat(runAt(offeredAt.plus(target).minusSeconds(60))).isEqualTo(new OfferReminders.Run(0, 0));
        assertThat(runAt(offeredAt.plus(target))).isEqualTo(new OfferReminders.Run(1, 0));
        assertThat(runAt(offeredAt.plus(target).plusSeconds(60))).as("reminded once only")
                .isEqualTo(new OfferReminders.Run(0, 0));
        Instant remindedAt = offeredAt.plus(target);
        assertThat(runAt(remindedAt.plus(target).minusSeconds(60))).isEqualTo(new OfferReminders.Run(0, 0));
        assertThat(runAt(remindedAt.plus(target))).isEqualTo(new OfferReminders.Run(0, 1));
        assertThat(runAt(remindedAt.plus(target.multipliedBy(5)))).as("the officer is alerted once only")
                .isEqualTo(new OfferReminders.Run(0, 0));

        assertThat(dedupKeys(offer)).containsExactlyInAnyOrder(
                "assignment:" + offer + ":reminded:email",
                "assignment:" + offer + ":unacknowledged:officer-email");
        assertThat(dedupKeys(answered)).as("an answered offer is never chased").isEmpty();
        String alert = alerts.jdbi().withHandle(h -> h.createQuery("SELECT body FROM outbox WHERE dedup_key = :key")
                .bind("key", "assignment:" + offer + ":unacknowledged:officer-email").mapTo(String.class).one());
        assertThat(alert).contains("Please reassign it.");
        List<String> audited = alerts.jdbi().withHandle(h -> h.createQuery(
                "SELECT action FROM audit_log WHERE target_id = :id ORDER BY id").bind("id", offer.toString())
                .mapTo(String.class).list());
        assertThat(audited).contains("assignment.remind", "assignment.alert-officer");
    }

    private static OfferReminders.Run runAt(Instant at) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        return new OfferReminders(alerts.jdbi(), triage, new Notifier(true, false,
                APP.getConfiguration().getContactKeys().buildCipher(true, Map.of())),
                new DatabaseAuditTrail(alerts.jdbi(), clock), clock).run();
    }

    private static UUID offer(String narrative) {
        SEARCH.put(Narratives.simple(narrative, "Reminder narrative " + narrative, 0.5, true));
        alerts.forceCase(alerts.flag(narrative), "acknowledged");
        try (Response response = TestApps.as(APP, officer, "/api/assignments").post(Entity.json(Map.of(
                "narrativeId", narrative, "messengerId", amina.toString())))) {
            assertThat(response.getStatus()).isEqualTo(201);
            return UUID.fromString(response.readEntity(JsonNode.class).get("id").asText());
        }
    }

    private static Instant createdAt(UUID assignment) {
        return alerts.jdbi().withHandle(h -> h.createQuery("SELECT created_at FROM assignments WHERE id = :id")
                .bind("id", assignment).mapTo(Instant.class).one());
    }

    private static Duration target(UUID assignment) {
        String severity = alerts.jdbi().withHandle(h -> h.createQuery("""
                SELECT c.severity FROM assignments a JOIN triage_cases c ON c.id = a.case_id WHERE a.id = :id
                """).bind("id", assignment).mapTo(String.class).one());
        return triage.target(Severity.valueOf(severity.toUpperCase(Locale.ROOT)));
    }

    private static List<String> dedupKeys(UUID assignment) {
        return alerts.jdbi().withHandle(h -> h.createQuery(
                "SELECT dedup_key FROM outbox WHERE dedup_key LIKE :prefix AND dedup_key NOT LIKE '%:offered:%'")
                .bind("prefix", "assignment:" + assignment + ":%").mapTo(String.class).list());
    }
}
