package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bellwether.api.notify.WebhookSender;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.Narratives;
import org.bellwether.api.support.TestApps;
import org.bellwether.model.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications go through the outbox: with the mail server stopped mid-run nothing is lost, delivery retries with
 * backoff, and once it is back every message arrives exactly once. Webhook deliveries carry a valid HMAC.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OutboxDeliveryTest {
    static final String SECRET = "webhook-test-secret";
    static final int SMTP_PORT = freePort();
    static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final Map<String, Integer> WEBHOOK_DELIVERIES = new ConcurrentHashMap<>();
    static final AtomicInteger BAD_SIGNATURES = new AtomicInteger();
    static final HttpServer WEBHOOK = webhook();
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH,
            ConfigOverride.config("notifications.smtp.enabled", "true"),
            ConfigOverride.config("notifications.smtp.host", "127.0.0.1"),
            ConfigOverride.config("notifications.smtp.port", Integer.toString(SMTP_PORT)),
            ConfigOverride.config("notifications.smtp.timeout", "2s"),
            ConfigOverride.config("notifications.webhook.url",
                    "http://127.0.0.1:" + WEBHOOK.getAddress().getPort() + "/hook"),
            ConfigOverride.config("notifications.webhook.secret", SECRET),
            ConfigOverride.config("notifications.outbox.pollInterval", "50ms"),
            ConfigOverride.config("notifications.outbox.backoffBase", "100ms"),
            ConfigOverride.config("notifications.outbox.backoffMax", "400ms"),
            ConfigOverride.config("notifications.outbox.maxAttempts", "1000"));
    static GreenMail mail;
    static Alerts alerts;
    static String officer;
    static UUID amina;

    @BeforeAll
    static void setUp() {
        mail = new GreenMail(SMTP);
        mail.start();
        alerts = new Alerts(APP.getConfiguration().getDatabase().getUrl());
        officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        String messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
        amina = UUID.fromString(TestApps.as(APP, messenger, "/api/messengers/me").get(JsonNode.class).get("id")
                .asText());
        alerts.jdbi().useHandle(h -> h.execute("UPDATE messengers SET capacity = 50 WHERE id = ?", amina));
    }

    @AfterAll
    static void tearDown() {
        mail.stop();
        WEBHOOK.stop(0);
    }

    static int offers;

    static String offer() {
        String narrative = "outbox-" + (++offers);
        SEARCH.put(Narratives.simple(narrative, "Outbox narrative " + narrative, 0.5, true));
        alerts.forceCase(alerts.flag(narrative), "acknowledged");
        try (Response response = TestApps.as(APP, officer, "/api/assignments").post(Entity.json(Map.of(
                "narrativeId", narrative, "messengerId", amina.toString())))) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
        return "Label " + narrative; // the case label is the alert's
    }

    @Test
    void everyNotificationArrivesOnceThoughTheMailServerStopsMidRun() throws Exception {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            subjects.add(offer());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.getReceivedMessages().length == 5);
        List<MimeMessage> received = new ArrayList<>(List.of(mail.getReceivedMessages()));

        mail.stop();
        for (int i = 0; i < 5; i++) {
            subjects.add(offer());
        }
        // the outbox keeps them and retries: attempts pile up while the server is down
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM outbox WHERE channel = 'email' AND delivered_at IS NULL AND attempts >= 2")
                .mapTo(Integer.class).one()) == 5);

        mail = new GreenMail(SMTP);
        mail.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM outbox WHERE delivered_at IS NULL").mapTo(Integer.class).one()) == 0);
        received.addAll(List.of(mail.getReceivedMessages()));

        assertThat(received).hasSize(10);
        Set<String> ids = new HashSet<>();
        List<String> receivedSubjects = new ArrayList<>();
        for (MimeMessage message : received) {
            ids.add(message.getMessageID());
            receivedSubjects.add(message.getSubject().replace("New Bellwether assignment: ", ""));
        }
        assertThat(ids).hasSize(10);
        assertThat(receivedSubjects).containsExactlyInAnyOrderElementsOf(subjects);
        // and the signed webhook got each offer once, every signature valid
        assertThat(WEBHOOK_DELIVERIES).hasSize(10).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        assertThat(BAD_SIGNATURES.get()).isZero();
    }

    private static HttpServer webhook() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String timestamp = exchange.getRequestHeaders().getFirst("X-Bellwether-Timestamp");
                String signature = exchange.getRequestHeaders().getFirst("X-Bellwether-Signature");
                if (!("sha256=" + WebhookSender.sign(SECRET, timestamp + "." + body)).equals(signature)) {
                    BAD_SIGNATURES.incrementAndGet();
                }
                JsonNode payload = Json.read(body, JsonNode.class);
                assertThat(payload.get("to").asText()).startsWith("+00");
                WEBHOOK_DELIVERIES.merge(exchange.getRequestHeaders().getFirst("X-Bellwether-Delivery"), 1,
                        Integer::sum);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
