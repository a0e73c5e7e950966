package org.bellwether.api.intake.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.assignments.AssignmentService;
import org.bellwether.api.assignments.OfferReplies;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.intake.tips.AddressRateLimiter;
import org.bellwether.api.intake.tips.TipIntake;
import org.bellwether.api.intake.tips.TipPublisher;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.messengers.ReachAddresses;
import org.bellwether.api.notify.Notifier;
import org.bellwether.api.notify.OfferLinks;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.Narratives;
import org.bellwether.api.support.TestApps;
import org.bellwether.api.triage.TriageService;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.model.ContactCipher;
import org.jdbi.v3.core.Jdbi;

/**
 * The application's services built beside a running test app, for the chat-line resources a test registers next to
 * it (the resources are built before the test's own set-up runs, so the database is opened on first use), and the
 * offer a test makes as the dev officer.
 */
final class ChatLineApp {
    private final DropwizardAppExtension<BellwetherConfiguration> app;
    private final FakeSearchService search;
    private final OfferLinks links;
    private Alerts alerts;

    ChatLineApp(DropwizardAppExtension<BellwetherConfiguration> app, FakeSearchService search, OfferLinks links) {
        this.app = app;
        this.search = search;
        this.links = links;
    }

    synchronized Alerts alerts() {
        if (alerts == null) {
            alerts = new Alerts(app.getConfiguration().getDatabase().getUrl());
        }
        return alerts;
    }

    Jdbi jdbi() {
        return alerts().jdbi();
    }

    ContactCipher cipher() {
        return app.getConfiguration().getContactKeys().buildCipher(true, Map.of());
    }

    MessengerService messengers() {
        return new MessengerService(jdbi(), cipher(), new DatabaseAuditTrail(jdbi(), Clock.systemUTC()),
                Clock.systemUTC(), new ReachAddresses(links.addressKey()));
    }

    TipIntake tips(TipPublisher published) {
        return new TipIntake(published, cipher(), AddressRateLimiter.standard(Clock.systemUTC()), List::of,
                Clock.systemUTC(), new CollectorCounters("tips"));
    }

    /** Replies to offers, with offers notified on {@code channel}. */
    OfferReplies replies(String channel) {
        Clock clock = Clock.systemUTC();
        DatabaseAuditTrail audit = new DatabaseAuditTrail(jdbi(), clock);
        Notifier notifier = new Notifier(Set.of(channel), false, cipher(), links, clock);
        AssignmentService assignments = new AssignmentService(jdbi(), new TriageService(jdbi(),
                app.getConfiguration().getTriage().build(), audit, clock), notifier, audit, clock);
        return new OfferReplies(jdbi(), messengers(), assignments, links, clock);
    }

    /** A flagged, acknowledged narrative offered to the messenger by the officer; the assignment's id. */
    UUID offer(String narrative, String officer, UUID messenger) {
        search.put(Narratives.simple(narrative, "Offer narrative " + narrative, 0.5, true));
        alerts().forceCase(alerts().flag(narrative), "acknowledged");
        try (Response response = TestApps.as(app, officer, "/api/assignments").post(Entity.json(Map.of(
                "narrativeId", narrative, "messengerId", messenger.toString())))) {
            assertThat(response.getStatus()).isEqualTo(201);
            return UUID.fromString(response.readEntity(JsonNode.class).get("id").asText());
        }
    }
}
