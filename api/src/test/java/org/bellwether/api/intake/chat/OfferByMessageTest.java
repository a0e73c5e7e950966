package org.bellwether.api.intake.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.intake.tips.TwilioSignature;
import org.bellwether.api.intake.tips.TwilioSmsResource;
import org.bellwether.api.messengers.Messenger;
import org.bellwether.api.notify.DeliveryReports;
import org.bellwether.api.notify.Notifier;
import org.bellwether.api.notify.OfferLinks;
import org.bellwether.api.notify.WebhookSender;
import org.bellwether.api.notify.db.OutboxDao;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.model.Tip;
import org.glassfish.jersey.client.ClientProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Offers on the messenger's own channel, against the whole application and a local server speaking the WhatsApp
 * Cloud API: the offer goes out by WhatsApp with its code and link, a reply {@code ACCEPT <code>} by SMS or by
 * WhatsApp from the messenger's number moves the assignment (audited, the messenger as actor), a wrong code moves
 * nothing, the platform's delivery report reaches the officer's view, quiet hours hold a send back (fixed clock),
 * and an expired link is refused.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OfferByMessageTest {
    static final String APP_SECRET = "whatsapp-app-secret-for-offer-tests";
    static final String TWILIO_TOKEN = "twilio-token-for-offer-tests";
    static final String TWILIO_URL = "https://city.example/tips/sms";
    static final String NUMBER = "+1 555 0100 777";
    static final FakePlatform PLATFORM = FakePlatform.start();
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH,
            ConfigOverride.config("intake.whatsapp.enabled", "true"),
            ConfigOverride.config("intake.whatsapp.verifyToken", "verify"),
            ConfigOverride.config("intake.whatsapp.appSecret", APP_SECRET),
            ConfigOverride.config("intake.whatsapp.accessToken", "access-token"),
            ConfigOverride.config("intake.whatsapp.phoneNumberId", "106540352242922"),
            ConfigOverride.config("intake.whatsapp.apiBaseUrl", PLATFORM::baseUrl),
            ConfigOverride.config("notifications.outbox.pollInterval", "100ms"));
    static final OfferLinks LINKS = new OfferLinks(OfferLinks.DEV_KEY, "");
    static final ChatLineApp CHAT = new ChatLineApp(APP, SEARCH, LINKS);
    static final List<Tip> PUBLISHED = new CopyOnWriteArrayList<>();
    static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addResource(() -> new WhatsAppResource(APP.getConfiguration().getIntake().build().whatsapp(),
                    new ChatConversation(ChatPlatform.WHATSAPP, APP_SECRET, CHAT.jdbi(), CHAT.tips(PUBLISHED::add),
                            CHAT.cipher(), Clock.systemUTC(), CHAT.replies("whatsapp")),
                    new CollectorCounters("whatsapp"), Clock.systemUTC(), new DeliveryReports(CHAT.jdbi())))
            .addResource(() -> new TwilioSmsResource(CHAT.tips(PUBLISHED::add), TWILIO_TOKEN, TWILIO_URL,
                    Clock.systemUTC(), CHAT.replies("whatsapp"), new DeliveryReports(CHAT.jdbi()),
                    new CollectorCounters("sms")))
            .build();
    static String officer;
    static String messenger;
    static UUID amina;

    @BeforeAll
    static void setUp() {
        officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
        amina = UUID.fromString(TestApps.as(APP, messenger, "/api/messengers/me").get(JsonNode.class).get("id")
                .asText());
        CHAT.jdbi().useHandle(h -> h.execute(
                "UPDATE messengers SET capacity = 50, preferred_language = 'en' WHERE id = ?", amina));
    }

    @AfterAll
    static void stop() {
        PLATFORM.close();
    }

    @Test
    void anOfferIsAcceptedByAnSmsReplyFromTheMessengersNumber() {
        reach(Map.of("channel", "sms", "address", NUMBER));
        UUID offer = CHAT.offer("sms-accept", officer, amina);
        UUID other = CHAT.offer("sms-other", officer, amina);

        String wrong = sms("ACCEPT ZZZZZZ");
        assertThat(wrong).contains("No open assignment of yours has the code ZZZZZZ");
        assertThat(state(offer)).isEqualTo("offered");

        String stranger = smsFrom("+15550199999", "ACCEPT " + LINKS.code(offer));
        assertThat(stranger).as("an unknown number is a tipster: asked for consent").contains("reply YES");
        assertThat(state(offer)).isEqualTo("offered");

        String answer = sms("accept " + LINKS.code(offer).toLowerCase());
        assertThat(answer).contains("you accepted the assignment " + LINKS.code(offer));
        assertThat(state(offer)).isEqualTo("accepted");
        assertThat(state(other)).isEqualTo("offered");
        assertThat(auditActors(offer)).contains("messenger");

        assertThat(sms("ACCEPT " + LINKS.code(offer))).as("answered already")
                .contains("is no longer waiting for an answer");
        assertThat(PUBLISHED).noneMatch(tip -> tip.text().contains("ACCEPT"));
    }

    @Test
    void anOfferSentByWhatsAppIsAcceptedByAWhatsAppReplyAndItsDeliveryIsRecorded() throws Exception {
        reach(Map.of("channel", "whatsapp", "address", "+1 555 0100 888"));
        UUID offer = CHAT.offer("whatsapp-accept", officer, amina);
        String code = LINKS.code(offer);
        await().atMost(Duration.ofSeconds(20)).until(() -> PLATFORM.textsTo("15550100888").stream()
                .anyMatch(text -> text.contains("ACCEPT " + code) && text.contains("/offers/" + offer)));

        String providerId = await().atMost(Duration.ofSeconds(10)).until(() -> CHAT.jdbi().withHandle(h -> h
                .createQuery("SELECT provider_id FROM outbox WHERE assignment_id = :id AND channel = 'whatsapp'")
                .bind("id", offer).mapTo(String.class).findOne().orElse(null)), id -> id != null);
        JsonNode sent = deliveries(offer);
        assertThat(sent.path(0).path("channel").asText()).isEqualTo("whatsapp");
        assertThat(sent.path(0).path("status").asText()).isEqualTo("sent");

        assertThat(whatsapp(statusPayload(providerId, "delivered", null)).getStatus()).isEqualTo(200);
        JsonNode delivered = deliveries(offer);
        assertThat(delivered.path(0).path("status").asText()).isEqualTo("delivered");
        assertThat(delivered.path(0).path("at").asText()).startsWith("2025-12-06");

        assertThat(whatsapp(ChatPayloads.whatsappText("15550100888", "wamid.reply-" + offer, "ACCEPT " + code))
                .getStatus()).isEqualTo(200);
        assertThat(state(offer)).isEqualTo("accepted");
        assertThat(auditActors(offer)).contains("messenger");
        await().atMost(Duration.ofSeconds(20)).until(() -> PLATFORM.textsTo("15550100888").stream()
                .anyMatch(text -> text.contains("you accepted the assignment " + code)));
        assertThat(PUBLISHED).isEmpty();
    }

    @Test
    void aFailedDeliveryReportKeepsThePlatformsError() throws Exception {
        reach(Map.of("channel", "whatsapp", "address", "+1 555 0100 888"));
        UUID offer = CHAT.offer("whatsapp-failed", officer, amina);
        String providerId = await().atMost(Duration.ofSeconds(20)).until(() -> CHAT.jdbi().withHandle(h -> h
                .createQuery("SELECT provider_id FROM outbox WHERE assignment_id = :id AND channel = 'whatsapp'")
                .bind("id", offer).mapTo(String.class).findOne().orElse(null)), id -> id != null);
        assertThat(whatsapp(statusPayload(providerId, "failed", "Re-engagement message")).getStatus())
                .isEqualTo(200);
        JsonNode failed = deliveries(offer).path(0);
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("error").asText()).contains("131047").contains("Re-engagement message");
    }

    @Test
    void theSmsGatewaysSignedDeliveryReportIsRecordedAndAForgedOneRefused() {
        reach(Map.of("channel", "sms", "address", NUMBER)); // a line this application does not send on: nothing queued
        UUID assignment = CHAT.offer("sms-status", officer, amina);
        String sid = "SM" + assignment.toString().replace("-", "");
        CHAT.jdbi().useHandle(h -> {
            OutboxDao dao = h.attach(OutboxDao.class);
            dao.enqueueAt("sms", null, null, null, "offer text", "test:" + assignment,
                    Instant.parse("2030-01-01T00:00:00Z"), assignment);
            long id = h.createQuery("SELECT id FROM outbox WHERE dedup_key = :key").bind("key", "test:" + assignment)
                    .mapTo(Long.class).one();
            dao.markDelivered(id, Instant.now(), sid);
        });
        Map<String, String> report = Map.of("MessageSid", sid, "MessageStatus", "undelivered", "ErrorCode", "30003",
                "AccountSid", "AC123");
        assertThat(smsStatus(report, TwilioSignature.sign("wrong-token", TWILIO_URL + "/status", report)))
                .isEqualTo(403);
        assertThat(deliveries(assignment).path(0).path("status").asText()).isEqualTo("sent");
        assertThat(smsStatus(report, TwilioSignature.sign(TWILIO_TOKEN, TWILIO_URL + "/status", report)))
                .isEqualTo(200);
        JsonNode failed = deliveries(assignment).path(0);
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("error").asText()).isEqualTo("error 30003");
    }

    private static int smsStatus(Map<String, String> params, String signature) {
        Form form = new Form();
        params.forEach(form::param);
        try (Response response = RESOURCES.target("/tips/sms/status").request()
                .header("X-Twilio-Signature", signature)
                .post(Entity.entity(form, MediaType.APPLICATION_FORM_URLENCODED_TYPE))) {
            return response.getStatus();
        }
    }

    @Test
    void quietHoursHoldTheOfferInTheOutboxUntilTheyEnd() {
        reach(Map.of("channel", "whatsapp", "address", "+1 555 0100 888", "quietStart", "22:00", "quietEnd", "07:00",
                "quietZone", "Europe/Madrid"));
        Messenger amina = CHAT.messengers().get(OfferByMessageTest.amina);
        UUID night = UUID.randomUUID();
        UUID day = UUID.randomUUID();
        Instant deadline = Instant.parse("2030-01-08T12:00:00Z");
        CHAT.jdbi().useHandle(h -> notifierAt("2030-01-06T23:30:00Z").assignmentOffered(h, night, amina, "Quiet night",
                deadline));
        CHAT.jdbi().useHandle(h -> notifierAt("2030-01-06T12:00:00Z").assignmentOffered(h, day, amina, "Busy day",
                deadline));
        assertThat(nextAttempt(night)).as("00:30 in Madrid: waits for 07:00 there")
                .isEqualTo(Instant.parse("2030-01-07T06:00:00Z"));
        assertThat(nextAttempt(day)).as("13:00 in Madrid: at once").isEqualTo(Instant.parse("2030-01-06T12:00:00Z"));
        reach(Map.of("channel", "sms", "address", NUMBER));
    }

    @Test
    void anExpiredOrAlteredLinkIsRefusedAndAValidOneLeadsToTheInbox() {
        UUID id = UUID.randomUUID();
        Instant past = Instant.now().minusSeconds(60);
        Instant future = Instant.now().plusSeconds(3600);
        assertThat(open(LINKS.link(id, past)).getStatus()).isEqualTo(410);
        Response valid = open(LINKS.link(id, future));
        assertThat(valid.getStatus()).isEqualTo(303);
        assertThat(valid.getHeaderString("Location")).endsWith("/#/inbox");
        String extended = LINKS.link(id, past).replaceAll("expires=\\d+", "expires=" + future.getEpochSecond());
        Response altered = open(extended);
        assertThat(altered.getStatus()).isEqualTo(403);
        assertThat(altered.readEntity(String.class)).contains("not valid");
    }

    // ---- helpers

    private static Response open(String link) {
        return APP.client().target(TestApps.url(APP, link)).property(ClientProperties.FOLLOW_REDIRECTS, false)
                .request().get();
    }

    private static Notifier notifierAt(String at) {
        return new Notifier(Set.of("whatsapp"), false, CHAT.cipher(), LINKS,
                Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
    }

    private static Instant nextAttempt(UUID assignment) {
        return CHAT.jdbi().withHandle(h -> h.createQuery("SELECT next_attempt_at FROM outbox WHERE assignment_id = :id")
                .bind("id", assignment).mapTo(Instant.class).one());
    }

    private static void reach(Map<String, String> body) {
        try (Response response = TestApps.as(APP, messenger, "/api/messengers/me/reach").put(Entity.json(body))) {
            assertThat(response.getStatus()).as(response.readEntity(String.class)).isEqualTo(200);
        }
    }

    private static String state(UUID assignment) {
        return TestApps.as(APP, officer, "/api/assignments/" + assignment).get(JsonNode.class).get("state").asText();
    }

    private static JsonNode deliveries(UUID assignment) {
        return TestApps.as(APP, officer, "/api/assignments/" + assignment + "/deliveries").get(JsonNode.class);
    }

    private static List<String> auditActors(UUID assignment) {
        return CHAT.jdbi().withHandle(h -> h.createQuery(
                "SELECT actor FROM audit_log WHERE target_id = :id AND action = 'assignment.transition'")
                .bind("id", assignment.toString()).mapTo(String.class).list());
    }

    private static String sms(String body) {
        return smsFrom("+15550100777", body);
    }

    private static String smsFrom(String from, String body) {
        Map<String, String> params = new HashMap<>(Map.of("MessageSid", "SM" + UUID.randomUUID().toString()
                .replace("-", ""), "From", from, "To", "+15550009999", "Body", body, "NumMedia", "0"));
        Form form = new Form();
        params.forEach(form::param);
        try (Response response = RESOURCES.target("/tips/sms").request()
                .header("X-Twilio-Signature", TwilioSignature.sign(TWILIO_TOKEN, TWILIO_URL, params))
                .post(Entity.entity(form, MediaType.APPLICATION_FORM_URLENCODED_TYPE))) {
            assertThat(response.getStatus()).isEqualTo(200);
            return response.readEntity(String.class);
        }
    }

    private static Response whatsapp(String body) {
        return RESOURCES.target("/tips/whatsapp").request()
                .header("X-Hub-Signature-256", "sha256=" + WebhookSender.sign(APP_SECRET, body))
                .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    }

    private static String statusPayload(String messageId, String status, String errorTitle) {
        Map<String, Object> report = new HashMap<>(Map.of("id", messageId, "status", status,
                "timestamp", "1765000000", "recipient_id", "15550100888"));
        if (errorTitle != null) {
            report.put("errors", List.of(Map.of("code", 131047, "title", errorTitle,
                    "error_data", Map.of("details", "Message failed to send because more than 24 hours have "
                            + "passed since the customer last replied to this number."))));
        }
        return org.bellwether.model.Json.writeString(Map.of("object", "whatsapp_business_account", "entry",
                List.of(Map.of("id", "102290129340398", "changes", List.of(Map.of("field", "messages", "value",
                        Map.of("messaging_product", "whatsapp", "metadata", Map.of("display_phone_number",
                                "15550783881", "phone_number_id", "106540352242922"),
                                "statuses", List.of(report))))))));
    }

}
