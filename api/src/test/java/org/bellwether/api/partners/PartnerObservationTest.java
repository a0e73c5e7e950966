package org.bellwether.api.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.Tip;
import org.bellwether.model.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a real in-process broker: a signed-in partner's observation is committed to {@code tips.raw} as a consented tip
 * attributed to their organisation, with no contact; staff cannot submit one.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PartnerObservationTest {
    static final InProcessKafka KAFKA = startKafka();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(new FakeSearchService(),
            ConfigOverride.config("kafka.enabled", "true"),
            ConfigOverride.config("kafka.bootstrapServers", KAFKA.bootstrapServers()));

    static InProcessKafka startKafka() {
        InProcessKafka kafka = InProcessKafka.temporary().start();
        kafka.createTopics(Map.of(Topics.TIPS_RAW.name(), false, Topics.ALERTS.name(), false), 1);
        return kafka;
    }

    @AfterAll
    static void stopKafka() {
        KAFKA.close();
    }

    @Test
    void anObservationEntersTheStreamAsAnAttributedConsentedTip() {
        String partner = TestApps.login(APP, "partner", TestApps.DEV_PASSWORD);
        JsonNode accepted;
        try (Response response = TestApps.as(APP, partner, "/api/partners/me/observations").post(Entity.json(Map.of(
                "what", "Leaflets at the youth centre say the new shelter brings crime.",
                "neighbourhood", "old harbour", "language", "es", "link", "https://example.org/leaflet")))) {
            assertThat(response.getStatus()).isEqualTo(201);
            accepted = response.readEntity(JsonNode.class);
        }
        assertThat(accepted.get("source").asText()).isEqualTo("tip:partner:old-harbour-youth-centre");
        String reference = accepted.get("reference").asText();

        List<Tip> tips = CommittedRecords.values(KAFKA.bootstrapServers(), Topics.TIPS_RAW.name(),
                Topics.TIPS_RAW.valueSerde().deserializer());
        assertThat(tips).hasSize(1);
        Tip tip = tips.get(0);
        assertThat(tip.tipId()).isEqualTo(reference);
        assertThat(tip.channel()).isEqualTo("partner:old-harbour-youth-centre");
        assertThat(tip.consent()).isTrue();
        assertThat(tip.neighbourhood()).isEqualTo("Old Harbour");
        assertThat(tip.language()).isEqualTo("es");
        assertThat(tip.urls()).containsExactly("https://example.org/leaflet");
        assertThat(tip.contactSealed()).isNull();

        String officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        try (Response response = TestApps.as(APP, officer, "/api/partners/me/observations").post(Entity.json(Map.of(
                "what", "An officer is not a partner.")))) {
            assertThat(response.getStatus()).isEqualTo(403);
        }
    }
}
