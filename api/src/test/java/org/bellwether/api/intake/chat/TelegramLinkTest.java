package org.bellwether.api.intake.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.notify.OfferLinks;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.bellwether.ingest.CollectorCounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Telegram deep link that binds a messenger's chat, against the whole application and a local server speaking
 * the Bot API: the messenger's one-time {@code https://t.me/<bot>?start=<token>} link, sent back by the bot as
 * {@code /start <token>} on the Telegram webhook, makes that chat the messenger's channel (sealed) and is confirmed
 * in their language; offers then arrive there; a used or expired token binds nothing.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TelegramLinkTest {
    static final String SECRET = "telegram-secret-for-link-tests";
    static final FakePlatform PLATFORM = FakePlatform.start();
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH,
            ConfigOverride.config("intake.telegram.enabled", "true"),
            ConfigOverride.config("intake.telegram.botToken", "123456:bot-token"),
            ConfigOverride.config("intake.telegram.secretToken", SECRET),
            ConfigOverride.config("intake.telegram.botUsername", "@bellwether_city_bot"),
            ConfigOverride.config("intake.telegram.apiBaseUrl", PLATFORM::baseUrl),
            ConfigOverride.config("notifications.outbox.pollInterval", "100ms"));
    static final OfferLinks LINKS = new OfferLinks(OfferLinks.DEV_KEY, "");
    static final ChatLineApp CHAT = new ChatLineApp(APP, SEARCH, LINKS);
    static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addResource(() -> new TelegramResource(APP.getConfiguration().getIntake().build().telegram(),
                    new ChatConversation(ChatPlatform.TELEGRAM, SECRET, CHAT.jdbi(), CHAT.tips(tip -> { }),
                            CHAT.cipher(), Clock.systemUTC(), CHAT.replies("telegram")),
                    new CollectorCounters("telegram"), Clock.systemUTC()))
            .build();
    static String officer;
    static String messenger;
    static UUID amina;
    static long updates = 9_000;

    @BeforeAll
    static void setUp() {
        officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
        amina = UUID.fromString(TestApps.as(APP, messenger, "/api/messengers/me").get(JsonNode.class).get("id")
                .asText());
        CHAT.jdbi().useHandle(h -> h.execute(
                "UPDATE messengers SET capacity = 50, preferred_language = 'es' WHERE id = ?", amina));
    }

    @AfterAll
    static void stop() {
        PLATFORM.close();
    }

    @Test
    void theLinkBindsTheChatOnceConfirmsInTheirLanguageAndOffersArriveThere() {
        JsonNode link = newLink();
        assertThat(link.path("link").asText()).startsWith("https://t.me/bellwether_city_bot?start=");
        assertThat(link.path("expiresAt").asText()).isNotBlank();
        String token = token(link);
        assertThat(token).matches("[A-Za-z0-9_-]{20,64}");

        assertThat(start(424242, token)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> PLATFORM.textsTo("424242").stream()
                .anyMatch(text -> text.startsWith("Listo: las asignaciones de Bellwether te llegarán")));
        JsonNode reach = TestApps.as(APP, messenger, "/api/messengers/me/reach").get(JsonNode.class);
        assertThat(reach.path("channel").asText()).isEqualTo("telegram");
        assertThat(reach.path("hasAddress").asBoolean()).isTrue();
        String sealed = CHAT.jdbi().withHandle(h -> h.createQuery("SELECT reach_sealed FROM messengers WHERE id = :id")
                .bind("id", amina).mapTo(String.class).one());
        assertThat(sealed).as("sealed like every contact").doesNotContain("424242");
        assertThat(CHAT.cipher().open(sealed, MessengerService.CONTACT_PURPOSE)).isEqualTo("424242");

        assertThat(start(535353, token)).as("the token is used up").isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> PLATFORM.textsTo("535353").stream()
                .anyMatch(text -> text.contains("expired or was already used")));
        assertThat(CHAT.cipher().open(CHAT.jdbi().withHandle(h -> h.createQuery(
                "SELECT reach_sealed FROM messengers WHERE id = :id").bind("id", amina).mapTo(String.class).one()),
                MessengerService.CONTACT_PURPOSE)).isEqualTo("424242");

        UUID offer = CHAT.offer("telegram-link", officer, amina);
        String code = LINKS.code(offer);
        await().atMost(Duration.ofSeconds(20)).until(() -> PLATFORM.textsTo("424242").stream()
                .anyMatch(text -> text.contains("ACEPTAR " + code)));
    }

    @Test
    void anExpiredOrReplacedTokenBindsNothing() {
        String replaced = token(newLink());
        String expired = token(newLink());
        CHAT.jdbi().useHandle(h -> h.execute("UPDATE telegram_link_tokens SET expires_at = now() - interval '1 minute'"
                + " WHERE messenger_id = ?", amina));
        assertThat(start(616161, expired)).isEqualTo(200);
        assertThat(start(626262, replaced)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> PLATFORM.textsTo("616161").stream()
                .anyMatch(text -> text.contains("expired or was already used"))
                && PLATFORM.textsTo("626262").stream().anyMatch(text -> text.contains("expired or was already used")));
        String sealed = CHAT.jdbi().withHandle(h -> h.createQuery("SELECT reach_sealed FROM messengers WHERE id = :id")
                .bind("id", amina).mapTo(String.class).one());
        assertThat(sealed == null ? null : CHAT.cipher().open(sealed, MessengerService.CONTACT_PURPOSE))
                .isNotIn("616161", "626262");
    }

    // ---- helpers

    private static JsonNode newLink() {
        try (Response response = TestApps.as(APP, messenger, "/api/messengers/me/telegram-link").post(null)) {
            assertThat(response.getStatus()).isEqualTo(200);
            return response.readEntity(JsonNode.class);
        }
    }

    private static String token(JsonNode link) {
        return link.path("link").asText().replaceFirst(".*\\?start=", "");
    }

    private static int start(long chatId, String token) {
        String update = ChatPayloads.telegram(++updates, chatId, "en", Map.of("text", "/start " + token,
                "entities", List.of(Map.of("type", "bot_command", "offset", 0, "length", 6))));
        try (Response response = RESOURCES.target("/tips/telegram").request()
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET).post(Entity.entity(update, "application/json"))) {
            return response.getStatus();
        }
    }

}
