package org.bellwether.api.intake.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.notify.OfferLinks;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Offers by WhatsApp to a messenger who has not written in 24 hours, against the whole application and a local server
 * speaking the Cloud API (which refuses free-form messages to such a number with error 131047): with an approved
 * template configured for the messenger's language the offer goes as that template, its body parameters the offer's
 * values in the configured order, and is taken; without one the plain-text offer is refused and recorded as failed
 * at once, with an error that says why.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OfferTemplatesTest {
    static final String NUMBER = "15550100999";
    static final FakePlatform PLATFORM = FakePlatform.start();
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH,
            ConfigOverride.config("intake.whatsapp.enabled", "true"),
            ConfigOverride.config("intake.whatsapp.verifyToken", "verify"),
            ConfigOverride.config("intake.whatsapp.appSecret", "whatsapp-app-secret-for-template-tests"),
            ConfigOverride.config("intake.whatsapp.accessToken", "access-token"),
            ConfigOverride.config("intake.whatsapp.phoneNumberId", "106540352242922"),
            ConfigOverride.config("intake.whatsapp.apiBaseUrl", PLATFORM::baseUrl),
            ConfigOverride.config("notifications.outbox.pollInterval", "100ms"),
            ConfigOverride.config("notifications.offers.whatsappTemplates.en.offer", "bellwether_offer"),
            ConfigOverride.config("notifications.offers.whatsappTemplates.en.reminder", "bellwether_reminder"),
            ConfigOverride.config("notifications.offers.whatsappTemplates.en.language", "en_US"),
            ConfigOverride.config("notifications.offers.whatsappTemplates.en.parameters", "label,code,link,deadline"));
    static final OfferLinks LINKS = new OfferLinks(OfferLinks.DEV_KEY, "");
    static final ChatLineApp CHAT = new ChatLineApp(APP, SEARCH, LINKS);
    static String officer;
    static String messenger;
    static UUID amina;

    @BeforeAll
    static void setUp() {
        PLATFORM.windowClosed(NUMBER);
        officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
        amina = UUID.fromString(TestApps.as(APP, messenger, "/api/messengers/me").get(JsonNode.class).get("id")
                .asText());
        CHAT.jdbi().useHandle(h -> h.execute("UPDATE messengers SET capacity = 50 WHERE id = ?", amina));
        try (Response response = TestApps.as(APP, messenger, "/api/messengers/me/reach")
                .put(Entity.json(Map.of("channel", "whatsapp", "address", "+1 555 0100 999")))) {
            assertThat(response.getStatus()).as(response.readEntity(String.class)).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        PLATFORM.close();
    }

    @Test
    void withATemplateForTheirLanguageTheOfferGoesAsThatTemplateAndIsTaken() {
        language("en");
        UUID offer = CHAT.offer("template-en", officer, amina);
        String code = LINKS.code(offer);
        JsonNode body = await().atMost(Duration.ofSeconds(20)).until(() -> PLATFORM.sent().stream()
                .map(FakePlatform.Sent::body).filter(b -> b.path("to").asText().equals(NUMBER))
                .filter(b -> b.path("template").path("components").toString().contains(code))
                .findFirst().orElse(null), b -> b != null);

        assertThat(body.path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(body.path("type").asText()).isEqualTo("template");
        assertThat(body.has("text")).isFalse();
        JsonNode template = body.path("template");
        assertThat(template.path("name").asText()).isEqualTo("bellwether_offer");
        assertThat(template.path("language").path("code").asText()).isEqualTo("en_US");
        JsonNode component = template.path("components").path(0);
        assertThat(component.path("type").asText()).isEqualTo("body");
        JsonNode parameters = component.path("parameters");
        assertThat(parameters).hasSize(4);
        parameters.forEach(p -> assertThat(p.path("type").asText()).isEqualTo("text"));
        assertThat(parameters.path(0).path("text").asText()).isEqualTo("Label template-en");
        assertThat(parameters.path(1).path("text").asText()).isEqualTo(code);
        assertThat(parameters.path(2).path("text").asText()).contains("/offers/" + offer + "?expires=");
        assertThat(parameters.path(3).path("text").asText()).isNotBlank();

        JsonNode delivery = await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(offer).path(0),
                d -> !d.path("status").asText().equals("queued"));
        assertThat(delivery.path("status").asText()).isEqualTo("sent");
    }

    @Test
    void withoutATemplateTheRefusedTextOfferIsRecordedAsFailedAtOnceWithTheReason() {
        language("fr");
        UUID offer = CHAT.offer("template-fr", officer, amina);
        JsonNode delivery = await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(offer).path(0),
                d -> d.path("status").asText().equals("failed"));
        assertThat(delivery.path("channel").asText()).isEqualTo("whatsapp");
        assertThat(delivery.path("attempts").asInt()).as("no retry changes a closed window").isEqualTo(1);
        assertThat(delivery.path("error").asText()).contains("131047").contains("24-hour window")
                .contains("approved template").contains("more than 24 hours have passed");
        assertThat(PLATFORM.sent()).noneMatch(s -> s.body().toString().contains(LINKS.code(offer)));
    }

    // ---- helpers

    private static void language(String language) {
        CHAT.jdbi().useHandle(h -> h.execute("UPDATE messengers SET preferred_language = ? WHERE id = ?",
                language, amina));
    }

    private static JsonNode deliveries(UUID assignment) {
        return TestApps.as(APP, officer, "/api/assignments/" + assignment + "/deliveries").get(JsonNode.class);
    }
}
