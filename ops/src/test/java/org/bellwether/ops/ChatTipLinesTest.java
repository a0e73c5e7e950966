package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bellwether.api.notify.WebhookSender;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.model.Json;
import org.bellwether.model.Tip;
import org.bellwether.model.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The WhatsApp and Telegram tip lines on the whole system, with dev's secrets: the WhatsApp challenge is answered, a
 * wrong signature or secret is 401, and a message followed by consent becomes a tip on {@code tips.raw} that an
 * analyst finds with {@code kind:tip}, while the tipster gets its reference in their language from the platform's
 * send API (a local stand-in that speaks the documented requests and answers).
 */
class ChatTipLinesTest {
    private static final List<JsonNode> SENT = new CopyOnWriteArrayList<>();
    private static HttpServer platform;
    private static DevStack stack;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        platform.createContext("/", exchange -> {
            JsonNode body = Json.mapper().readTree(exchange.getRequestBody().readAllBytes());
            String path = exchange.getRequestURI().getPath();
            String answer;
            if (path.equals("/bot0:bellwether-dev-bot/sendMessage")) {
                SENT.add(body);
                answer = "{\"ok\":true,\"result\":{\"message_id\":1,\"chat\":{\"id\":" + body.path("chat_id").asText()
                        + ",\"type\":\"private\"},\"date\":1764979200}}";
            } else if (path.equals("/v21.0/bellwether-dev-phone-number/messages") && "Bearer bellwether-dev-access-token"
                    .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                SENT.add(body);
                answer = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + body.path("to").asText()
                        + "\",\"wa_id\":\"" + body.path("to").asText() + "\"}],\"messages\":[{\"id\":\"wamid.1\"}]}";
            } else {
                answer = null;
            }
            byte[] bytes = (answer == null ? "{}" : answer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        platform.start();
        String platformUrl = "http://127.0.0.1:" + platform.getAddress().getPort();
        stack = DevStack.start(
                ConfigOverride.config("intake.whatsapp.enabled", "true"),
                ConfigOverride.config("intake.whatsapp.verifyToken", DevCommand.DEV_WHATSAPP_VERIFY_TOKEN),
                ConfigOverride.config("intake.whatsapp.appSecret", DevCommand.DEV_WHATSAPP_APP_SECRET),
                ConfigOverride.config("intake.whatsapp.accessToken", "bellwether-dev-access-token"),
                ConfigOverride.config("intake.whatsapp.phoneNumberId", "bellwether-dev-phone-number"),
                ConfigOverride.config("intake.whatsapp.apiBaseUrl", platformUrl),
                ConfigOverride.config("intake.telegram.enabled", "true"),
                ConfigOverride.config("intake.telegram.botToken", "0:bellwether-dev-bot"),
                ConfigOverride.config("intake.telegram.secretToken", DevCommand.DEV_TELEGRAM_SECRET),
                ConfigOverride.config("intake.telegram.apiBaseUrl", platformUrl));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (platform != null) {
            platform.stop(0);
        }
    }

    @Test
    void theWhatsAppChallengeIsAnswered() {
        DevStack.Response answer = stack.request(null, "GET", "/tips/whatsapp?hub.mode=subscribe&hub.verify_token="
                + DevCommand.DEV_WHATSAPP_VERIFY_TOKEN + "&hub.challenge=1158201444", null, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("1158201444");
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"", "admin", "officer", "analyst", "messenger"})
    void aWrongSignatureOrSecretIs401WhoeverSendsIt(String user) throws Exception {
        String body = whatsappText("15550009000", "wamid.wrong-" + user, "forged");
        HttpRequest.Builder whatsapp = post("/tips/whatsapp", body)
                .header("X-Hub-Signature-256", "sha256=" + WebhookSender.sign("not-the-app-secret", body));
        HttpRequest.Builder telegram = post("/tips/telegram", telegramText(1, 1, "en", "forged"))
                .header("X-Telegram-Bot-Api-Secret-Token", "not-the-secret");
        if (!user.isEmpty()) {
            String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + DevStack.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            whatsapp.header("Authorization", basic);
            telegram.header("Authorization", basic);
        }
        assertThat(HTTP.send(whatsapp.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(HTTP.send(telegram.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedWhatsAppMessageAndYesBecomeATipAnAnalystFindsAndTheReferenceGoesBackInSpanish() throws Exception {
        String waId = "15550009001";
        assertThat(signedWhatsApp(whatsappText(waId, "wamid.e2e-1",
                "Dicen que el mercado de Eastgate cierra por los migrantes, mensaje de ornitorrinco")))
                .isEqualTo(200);
        assertThat(signedWhatsApp(whatsappText(waId, "wamid.e2e-2", "SÍ"))).isEqualTo(200);

        Tip tip = awaitTip("ornitorrinco");
        assertThat(tip.channel()).isEqualTo("whatsapp");
        assertThat(tip.language()).isEqualTo("es");
        assertThat(stack.contactCipher().open(tip.contactSealed(), "tip-contact")).isEqualTo("whatsapp:" + waId);
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(SENT)
                .filteredOn(sent -> sent.path("to").asText().equals(waId))
                .extracting(sent -> sent.path("text").path("body").asText())
                .contains("Gracias, recibimos su informe. Referencia: " + tip.tipId()));
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(stack.get("analyst",
                "/api/search/posts?q=" + DevStack.encode("kind:tip ornitorrinco")).json().path("total").asLong())
                .isEqualTo(1));
    }

    @Test
    void aTelegramMessageWithItsSecretHeaderAndOuiBecomeATipAndTheReferenceGoesBackInFrench() throws Exception {
        long chat = 88_001L;
        assertThat(telegramUpdate(telegramText(5001, chat, "fr", "On dit que le pont de Westbank est fermé, "
                + "rumeur du capybara"))).isEqualTo(200);
        assertThat(telegramUpdate(telegramText(5002, chat, "fr", "OUI"))).isEqualTo(200);

        Tip tip = awaitTip("capybara");
        assertThat(tip.channel()).isEqualTo("telegram");
        assertThat(tip.language()).isEqualTo("fr");
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(SENT)
                .filteredOn(sent -> sent.path("chat_id").asText().equals(Long.toString(chat)))
                .extracting(sent -> sent.path("text").asText())
                .contains("Merci, signalement reçu. Référence : " + tip.tipId()));
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(stack.get("analyst",
                "/api/search/posts?q=" + DevStack.encode("kind:tip capybara")).json().path("total").asLong())
                .isEqualTo(1));
        JsonNode sources = stack.get("admin", "/api/admin/collectors").json().path("sources");
        assertThat(sources.toString()).contains("\"telegram\"").contains("\"whatsapp\"");
    }

    private static Tip awaitTip(String word) {
        return await().atMost(Duration.ofMinutes(1)).until(() -> CommittedRecords.of(stack.bootstrapServers(),
                        Topics.TIPS_RAW.name()).stream().map(record -> Json.read(record.value(), Tip.class))
                .filter(tip -> tip.text().contains(word)).toList(), tips -> tips.size() == 1).get(0);
    }

    private static int signedWhatsApp(String body) throws Exception {
        return HTTP.send(post("/tips/whatsapp", body).header("X-Hub-Signature-256",
                        "sha256=" + WebhookSender.sign(DevCommand.DEV_WHATSAPP_APP_SECRET, body)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static int telegramUpdate(String body) throws Exception {
        return HTTP.send(post("/tips/telegram", body).header("X-Telegram-Bot-Api-Secret-Token",
                DevCommand.DEV_TELEGRAM_SECRET).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(stack.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static String whatsappText(String waId, String messageId, String text) {
        return Json.writeString(Map.of("object", "whatsapp_business_account", "entry", List.of(Map.of(
                "id", "102290129340398", "changes", List.of(Map.of("field", "messages", "value", Map.of(
                        "messaging_product", "whatsapp",
                        "metadata", Map.of("display_phone_number", "15550783881", "phone_number_id",
                                "bellwether-dev-phone-number"),
                        "contacts", List.of(Map.of("profile", Map.of("name", "Tipster"), "wa_id", waId)),
                        "messages", List.of(Map.of("from", waId, "id", messageId, "timestamp", "1764979200",
                                "type", "text", "text", Map.of("body", text))))))))));
    }

    private static String telegramText(long updateId, long chatId, String languageCode, String text) {
        return Json.writeString(Map.of("update_id", updateId, "message", Map.of("message_id", updateId,
                "from", Map.of("id", chatId, "is_bot", false, "first_name", "Tipster", "language_code", languageCode),
                "chat", Map.of("id", chatId, "type", "private"), "date", 1764979200, "text", text)));
    }
}
