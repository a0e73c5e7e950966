package org.bellwether.api.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.PostLink;
import org.bellwether.model.TipContact;
import org.glassfish.jersey.client.ClientProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Officers answer tipsters: the contact opens only for an officer with a reason (audited), a form tip is answered by
 * e-mail (GreenMail) and an SMS tip by SMS (a local gateway speaking Twilio's Messages API), each in the tipster's
 * language with the reference. The sealed original link of a post opens the same way. Analysts, messengers and
 * admins get neither.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TipReplyTest {
    static final int SMTP_PORT = freePort();
    static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final List<Map<String, String>> SMS = new CopyOnWriteArrayList<>();
    static final List<String> SMS_AUTH = new CopyOnWriteArrayList<>();
    static final HttpServer GATEWAY = gateway();
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH,
            ConfigOverride.config("notifications.smtp.enabled", "true"),
            ConfigOverride.config("notifications.smtp.host", "127.0.0.1"),
            ConfigOverride.config("notifications.smtp.port", Integer.toString(SMTP_PORT)),
            ConfigOverride.config("notifications.smtp.from", "city@port-lucena.example"),
            ConfigOverride.config("notifications.sms.baseUrl",
                    "http://127.0.0.1:" + GATEWAY.getAddress().getPort()),
            ConfigOverride.config("notifications.sms.accountSid", "ACtest"),
            ConfigOverride.config("notifications.sms.authToken", "sms-test-token"),
            ConfigOverride.config("notifications.sms.from", "+15005550006"),
            ConfigOverride.config("notifications.outbox.pollInterval", "50ms"));
    static GreenMail mail;
    static Alerts db;
    static ContactCipher cipher;
    static String officer;

    @BeforeAll
    static void setUp() {
        mail = new GreenMail(SMTP);
        mail.start();
        db = new Alerts(APP.getConfiguration().getDatabase().getUrl());
        cipher = APP.getConfiguration().getContactKeys().buildCipher(true, Map.of());
        officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        tip("BW-FORM-0001", "web", "es", "vecina@correo.example");
        tip("BW-SMS0-0002", "sms", "fr-FR", "+33 6 12 34 56 78");
        tip("BW-MAIL-0003", "email", "ar", "resident@mail.example");
        tip("BW-NONE-0004", "web", "en", null);
        SEARCH.sealUrl("mastodon:social.example:42",
                cipher.seal("https://social.example/@hamid_awake904/42", PostLink.PURPOSE));
    }

    @AfterAll
    static void tearDown() {
        mail.stop();
        GATEWAY.stop(0);
    }

    @Test
    void anOfficerOpensAContactOnlyWithAReasonAndTheOpeningIsAudited() {
        try (Response missing = TestApps.as(APP, officer, "/api/tips/BW-FORM-0001/contact").get()) {
            assertThat(missing.getStatus()).isEqualTo(400);
            assertThat(missing.readEntity(String.class)).contains("reason").doesNotContain("vecina");
        }
        JsonNode contact = TestApps.as(APP, officer, "/api/tips/BW-FORM-0001/contact?reason=follow-up%20on%20flyers")
                .get(JsonNode.class);
        assertThat(contact.get("contact").asText()).isEqualTo("vecina@correo.example");
        assertThat(contact.get("replyBy").asText()).isEqualTo("email");
        assertThat(contact.get("language").asText()).isEqualTo("es");
        assertThat(auditReasons("tip.contact.reveal", "BW-FORM-0001")).contains("follow-up on flyers");

        try (Response unknown = TestApps.as(APP, officer, "/api/tips/BW-NOPE-9999/contact?reason=x").get()) {
            assertThat(unknown.getStatus()).isEqualTo(404);
        }
    }

    @Test
    void aFormTipIsAnsweredByEmailInTheTipstersLanguage() throws Exception {
        try (Response queued = reply("BW-FORM-0001", "Hemos retirado los carteles. ¡Gracias!", "thank the resident")) {
            assertThat(queued.getStatus()).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> received("vecina@correo.example") != null);
        MimeMessage message = received("vecina@correo.example");
        assertThat(message.getSubject()).isEqualTo("Su aviso BW-FORM-0001");
        assertThat(GreenMailUtil.getBody(message)).isNotBlank();
        assertThat(message.getContent().toString()).contains("Sobre su aviso BW-FORM-0001:")
                .contains("Hemos retirado los carteles").contains("Gracias por avisarnos");
        assertThat(auditReasons("tip.reply", "BW-FORM-0001")).contains("thank the resident");
    }

    @Test
    void anInboxTipIsAnsweredByEmailInArabic() throws Exception {
        try (Response queued = reply("BW-MAIL-0003", "تمت إزالة المنشورات.", "close the loop")) {
            assertThat(queued.getStatus()).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> received("resident@mail.example") != null);
        MimeMessage message = received("resident@mail.example");
        assertThat(message.getSubject()).isEqualTo("بلاغك BW-MAIL-0003");
        assertThat(message.getContent().toString()).contains("BW-MAIL-0003").contains("تمت إزالة المنشورات.");
    }

    @Test
    void anSmsTipIsAnsweredBySmsThroughTheGatewayInTheTipstersLanguage() {
        try (Response queued = reply("BW-SMS0-0002", "Nous avons vérifié : c'est une rumeur.", "correct a rumour")) {
            assertThat(queued.getStatus()).isEqualTo(202);
            assertThat(queued.readEntity(JsonNode.class).get("channel").asText()).isEqualTo("sms");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !SMS.isEmpty());
        Map<String, String> sms = SMS.get(0);
        assertThat(sms.get("To")).isEqualTo("+33 6 12 34 56 78");
        assertThat(sms.get("From")).isEqualTo("+15005550006");
        assertThat(sms.get("Body")).startsWith("À propos de votre signalement BW-SMS0-0002 :")
                .contains("c'est une rumeur");
        assertThat(SMS_AUTH).containsOnly("Basic " + java.util.Base64.getEncoder().encodeToString(
                "ACtest:sms-test-token".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTipWithoutContactOrAReplyWithoutReasonIsRefused() {
        try (Response none = reply("BW-NONE-0004", "Thanks", "thank")) {
            assertThat(none.getStatus()).isEqualTo(409);
        }
        try (Response noReason = reply("BW-FORM-0001", "Thanks", " ")) {
            assertThat(noReason.getStatus()).isEqualTo(400);
        }
    }

    @Test
    void anOfficerOpensASealedOriginalLinkThroughTheAuditedActionOnly() {
        String path = "/api/posts/mastodon:social.example:42/original";
        try (Response noReason = noRedirects(officer, path).get()) {
            assertThat(noReason.getStatus()).isEqualTo(400);
            assertThat(noReason.getHeaderString("Location")).isNull();
        }
        try (Response opened = noRedirects(officer, path + "?reason=verify%20the%20threat").get()) {
            assertThat(opened.getStatus()).isEqualTo(303);
            assertThat(opened.getHeaderString("Location")).isEqualTo("https://social.example/@hamid_awake904/42");
        }
        assertThat(auditReasons("post.original.open", "mastodon:social.example:42")).contains("verify the threat");
        try (Response none = noRedirects(officer, "/api/posts/mastodon:p1/original?reason=x").get()) {
            assertThat(none.getStatus()).isEqualTo(404);
        }
    }

    @Test
    void theDashboardAsksForTheOriginalLinkAsJsonThroughTheSameAuditedAction() {
        String path = "/api/posts/mastodon:social.example:42/original";
        try (Response opened = noRedirects(officer, path + "?reason=check%20the%20thread")
                .accept("application/json").get()) {
            assertThat(opened.getStatus()).isEqualTo(200);
            assertThat(opened.getHeaderString("Cache-Control")).isEqualTo("no-store");
            assertThat(opened.readEntity(JsonNode.class).get("url").asText())
                    .isEqualTo("https://social.example/@hamid_awake904/42");
        }
        assertThat(auditReasons("post.original.open", "mastodon:social.example:42")).contains("check the thread");
        try (Response noReason = noRedirects(officer, path).accept("application/json").get()) {
            assertThat(noReason.getStatus()).isEqualTo(400);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "messenger", "admin"})
    void otherRolesNeverReceiveContactsOrOriginalLinks(String role) {
        String token = TestApps.login(APP, role, TestApps.DEV_PASSWORD);
        try (Response contact = TestApps.as(APP, token, "/api/tips/BW-FORM-0001/contact?reason=curious").get()) {
            assertThat(contact.getStatus()).isEqualTo(403);
            assertThat(contact.readEntity(String.class)).doesNotContain("vecina");
        }
        try (Response replied = TestApps.as(APP, token, "/api/tips/BW-FORM-0001/replies")
                .post(Entity.json(Map.of("body", "hi", "reason", "curious")))) {
            assertThat(replied.getStatus()).isEqualTo(403);
        }
        try (Response original = noRedirects(token, "/api/posts/mastodon:social.example:42/original?reason=curious")
                .get()) {
            assertThat(original.getStatus()).isEqualTo(403);
            assertThat(original.getHeaderString("Location")).isNull();
            assertThat(original.readEntity(String.class)).doesNotContain("hamid_awake904");
        }
    }

    private static Response reply(String reference, String body, String reason) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("body", body);
        request.put("reason", reason);
        return TestApps.as(APP, officer, "/api/tips/" + reference + "/replies").post(Entity.json(request));
    }

    private static jakarta.ws.rs.client.Invocation.Builder noRedirects(String token, String path) {
        return APP.client().target(TestApps.url(APP, path)).property(ClientProperties.FOLLOW_REDIRECTS, false)
                .request().header("Authorization", "Bearer " + token);
    }

    private static MimeMessage received(String address) throws Exception {
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        return null;
    }

    private static List<String> auditReasons(String action, String target) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT detail->>'reason' FROM audit_log "
                        + "WHERE action = :action AND target_id = :target AND actor = 'officer'")
                .bind("action", action).bind("target", target).mapTo(String.class).list());
    }

    private static void tip(String reference, String channel, String language, String contact) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO tip_contacts (reference, channel, language, "
                        + "contact_sealed, received_at) VALUES (:r, :c, :l, :s, :t)")
                .bind("r", reference).bind("c", channel).bind("l", language)
                .bind("s", contact == null ? null : cipher.seal(contact, TipContact.PURPOSE))
                .bind("t", Instant.parse("2026-03-14T09:00:00Z")).execute());
    }

    private static HttpServer gateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/2010-04-01/Accounts/ACtest/Messages.json", exchange -> {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> fields = new LinkedHashMap<>();
                for (String pair : form.split("&")) {
                    String[] kv = pair.split("=", 2);
                    fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
                boolean post = "POST".equals(exchange.getRequestMethod());
                if (post) {
                    SMS.add(fields);
                    SMS_AUTH.add(exchange.getRequestHeaders().getFirst("Authorization"));
                }
                byte[] answer = ("{\"sid\":\"SM" + SMS.size() + "\",\"status\":\"queued\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(post ? 201 : 405, answer.length);
                exchange.getResponseBody().write(answer);
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
