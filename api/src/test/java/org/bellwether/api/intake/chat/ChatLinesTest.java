package org.bellwether.api.intake.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bellwether.api.intake.chat.db.ChatDao;
import org.bellwether.api.intake.tips.AddressRateLimiter;
import org.bellwether.api.intake.tips.TipIntake;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.notify.OutboxDispatcher;
import org.bellwether.api.notify.OutboxSettings;
import org.bellwether.api.notify.WebhookSender;
import org.bellwether.api.notify.db.OutboxDao;
import org.bellwether.api.support.TestDatabase;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Tip;
import org.bellwether.model.TipContact;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WhatsApp and Telegram tip lines against a real PostgreSQL and local servers that speak the platforms' send
 * APIs: signatures, the consent conversation in the tipster's language, replays, STOP, and replies that survive a
 * platform outage through the outbox.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ChatLinesTest {
    static final String APP_SECRET = "whatsapp-app-secret-for-tests";
    static final String VERIFY_TOKEN = "whatsapp-verify-token-for-tests";
    static final String TELEGRAM_SECRET = "telegram-secret-for-tests";
    static final ContactCipher CIPHER = new ContactCipher("k1", Map.of("k1", new byte[32]));
    static final TestDatabase DATABASE = TestDatabase.fresh("chat-lines");
    static final FakePlatform PLATFORM = FakePlatform.start();
    static final MutableClock CLOCK = new MutableClock();
    static final List<Tip> PUBLISHED = new CopyOnWriteArrayList<>();
    static final AtomicBoolean KAFKA_DOWN = new AtomicBoolean();
    static final CollectorCounters WHATSAPP_COUNTERS = new CollectorCounters("whatsapp");
    static final CollectorCounters TELEGRAM_COUNTERS = new CollectorCounters("telegram");
    static final WhatsAppSettings WHATSAPP = new WhatsAppSettings(true, VERIFY_TOKEN, APP_SECRET, "access-token",
            "106540352242922", PLATFORM.baseUrl(), "v21.0", Duration.ofSeconds(5));
    static final TelegramSettings TELEGRAM = new TelegramSettings(true, "123456:bot-token", TELEGRAM_SECRET,
            PLATFORM.baseUrl(), Duration.ofSeconds(5));
    static final TipIntake TIPS = new TipIntake(tip -> {
        if (KAFKA_DOWN.get()) {
            throw new IllegalStateException("broker unavailable");
        }
        PUBLISHED.add(tip);
    }, CIPHER, AddressRateLimiter.standard(CLOCK), List::of, CLOCK, new CollectorCounters("tips"));
    static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addResource(new WhatsAppResource(WHATSAPP, new ChatConversation(ChatPlatform.WHATSAPP, APP_SECRET,
                    DATABASE.jdbi(), TIPS, CIPHER, CLOCK), WHATSAPP_COUNTERS, CLOCK))
            .addResource(new TelegramResource(TELEGRAM, new ChatConversation(ChatPlatform.TELEGRAM, TELEGRAM_SECRET,
                    DATABASE.jdbi(), TIPS, CIPHER, CLOCK), TELEGRAM_COUNTERS, CLOCK))
            .build();
    static final OutboxDispatcher OUTBOX = new OutboxDispatcher(DATABASE.jdbi(),
            new OutboxSettings(Duration.ofSeconds(1), 50, 20, Duration.ofMinutes(1), Duration.ofMinutes(10)),
            List.of(new WhatsAppSender(WHATSAPP, WHATSAPP_COUNTERS, CLOCK),
                    new TelegramSender(TELEGRAM, TELEGRAM_COUNTERS, CLOCK)),
            sealed -> CIPHER.open(sealed, MessengerService.CONTACT_PURPOSE), CLOCK);

    @AfterAll
    static void stop() {
        PLATFORM.close();
    }

    @Test
    void whatsAppVerificationEchoesTheChallengeOnlyForTheVerifyToken() {
        Response ok = RESOURCES.target("/tips/whatsapp").queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", VERIFY_TOKEN).queryParam("hub.challenge", "1158201444")
                .request().get();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.readEntity(String.class)).isEqualTo("1158201444");
        Response wrong = RESOURCES.target("/tips/whatsapp").queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", "guess").queryParam("hub.challenge", "1158201444").request().get();
        assertThat(wrong.getStatus()).isEqualTo(403);
        Response script = RESOURCES.target("/tips/whatsapp").queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", VERIFY_TOKEN).queryParam("hub.challenge", "<script>").request().get();
        assertThat(script.getStatus()).isEqualTo(403);
    }

    @Test
    void unsignedForgedOrWronglyAuthenticatedRequestsAre401AndChangeNothing() {
        String body = ChatPayloads.whatsappText("15550001001", "wamid.forged1", "forged rumour");
        assertThat(whatsapp(body, null).getStatus()).isEqualTo(401);
        assertThat(whatsapp(body, "sha256=" + WebhookSender.sign("wrong-secret", body)).getStatus()).isEqualTo(401);
        assertThat(whatsapp(body + " ", "sha256=" + WebhookSender.sign(APP_SECRET, body)).getStatus()).isEqualTo(401);
        String update = ChatPayloads.telegramText(9001, 5001, "en", "forged rumour");
        assertThat(telegram(update, null).getStatus()).isEqualTo(401);
        assertThat(telegram(update, "not-the-secret").getStatus()).isEqualTo(401);
        assertThat(DATABASE.jdbi().onDemand(OutboxDao.class).all())
                .noneMatch(row -> row.body().contains("forged"));
        assertThat(PUBLISHED).noneMatch(tip -> tip.text().contains("forged"));
        assertThat(WHATSAPP_COUNTERS.snapshot().invalid()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aWhatsAppMessageIsHeldUntilConsentThenRecordedAndAnsweredInSpanish() {
        String waId = "15550001002";
        String first = ChatPayloads.whatsappText(waId, "wamid.es1",
                "Hay mensajes que dicen que el agua del barrio está envenenada https://rumor.example/agua");
        assertThat(signed(first).getStatus()).isEqualTo(200);
        OUTBOX.runOnce();
        assertThat(PUBLISHED).noneMatch(tip -> tip.text().contains("envenenada"));
        FakePlatform.Sent question = lastTo(waId);
        assertThat(question.path()).isEqualTo("/v21.0/106540352242922/messages");
        assertThat(question.authorization()).isEqualTo("Bearer access-token");
        assertThat(question.body().path("type").asText()).isEqualTo("interactive");
        assertThat(question.body().path("interactive").path("body").path("text").asText())
                .contains("El equipo de la ciudad lee cada informe").contains("Responda SÍ");
        assertThat(question.body().path("interactive").path("action").path("buttons").path(0).path("reply")
                .path("id").asText()).isEqualTo("consent:yes");

        assertThat(signed(ChatPayloads.whatsapp(waId, "wamid.es2", Map.of("type", "image", "image",
                Map.of("id", "1479537139650973", "mime_type", "image/jpeg", "caption", "la foto del cartel"))))
                .getStatus()).isEqualTo(200);
        assertThat(signed(ChatPayloads.whatsappText(waId, "wamid.es3", "Sí")).getStatus()).isEqualTo(200);
        OUTBOX.runOnce();

        Tip tip = PUBLISHED.stream().filter(t -> t.text().contains("envenenada")).findFirst().orElseThrow();
        assertThat(tip.channel()).isEqualTo("whatsapp");
        assertThat(tip.language()).isEqualTo("es");
        assertThat(tip.consent()).isTrue();
        assertThat(tip.text()).contains("la foto del cartel").contains("[1 image sent, not stored]");
        assertThat(tip.urls()).containsExactly("https://rumor.example/agua");
        assertThat(CIPHER.open(tip.contactSealed(), TipContact.PURPOSE)).isEqualTo("whatsapp:" + waId);
        assertThat(PLATFORM.textsTo(waId).get(PLATFORM.textsTo(waId).size() - 1))
                .isEqualTo("Gracias, recibimos su informe. Referencia: " + tip.tipId());
        long plainOrHeld = DATABASE.jdbi().withHandle(h -> h.createQuery("""
                SELECT count(*) FROM chat_conversations
                WHERE chat_sealed LIKE :plain OR chat_hash LIKE :plain OR (state = 'consented' AND pending_sealed IS NOT NULL)
                """).bind("plain", "%" + waId + "%").mapTo(Long.class).one());
        assertThat(plainOrHeld).as("the chat id is never stored plain, nothing held after consent").isZero();
    }

    @Test
    void aReplayedMessageIdIsHandledOnceAndAnsweredOnce() {
        String waId = "15550001003";
        String first = ChatPayloads.whatsappText(waId, "wamid.replay1", "Rumour about the replayed bridge closure");
        String yes = ChatPayloads.whatsappText(waId, "wamid.replay2", "YES");
        for (int i = 0; i < 3; i++) {
            assertThat(signed(first).getStatus()).isEqualTo(200);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(signed(yes).getStatus()).isEqualTo(200);
        }
        OUTBOX.runOnce();
        OUTBOX.runOnce();
        assertThat(PUBLISHED).filteredOn(tip -> tip.text().contains("replayed bridge")).hasSize(1);
        assertThat(PLATFORM.textsTo(waId)).hasSize(2);
        assertThat(PLATFORM.textsTo(waId).get(1)).startsWith("Thank you, your report was received. Reference: BW-");
        assertThat(WHATSAPP_COUNTERS.snapshot().duplicate()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void telegramTakesTheAppLanguageForwardedPostsAsLinksAndTheConsentButton() {
        long chat = 7_000_001L;
        assertThat(secretly(ChatPayloads.telegramText(1001, chat, "fr", "/start")).getStatus()).isEqualTo(200);
        assertThat(secretly(ChatPayloads.telegram(1002, chat, "fr", Map.of(
                "text", "Ils disent que the school closes tomorrow",
                "forward_origin", Map.of("type", "channel", "date", 1764970000, "message_id", 4821,
                        "chat", Map.of("id", -1001234567890L, "title", "Lucena Leaks", "username", "lucenaleaks",
                                "type", "channel"))))).getStatus()).isEqualTo(200);
        assertThat(secretly(ChatPayloads.telegram(1003, chat, "fr", Map.of("photo", List.of(Map.of(
                "file_id", "AgACAgQAAxkBAAIB", "file_unique_id", "AQAD", "width", 90, "height", 90))))).getStatus())
                .isEqualTo(200);
        assertThat(secretly(ChatPayloads.telegramConsent(1004, chat, "fr")).getStatus()).isEqualTo(200);
        OUTBOX.runOnce();

        Tip tip = PUBLISHED.stream().filter(t -> t.text().contains("school closes")).findFirst().orElseThrow();
        assertThat(tip.channel()).isEqualTo("telegram");
        assertThat(tip.language()).isEqualTo("fr");
        assertThat(tip.urls()).containsExactly("https://t.me/lucenaleaks/4821");
        assertThat(tip.text()).startsWith("[forwarded] Ils disent").contains("[1 image sent, not stored]");
        List<String> texts = PLATFORM.textsTo(Long.toString(chat));
        assertThat(texts).hasSize(2);
        assertThat(texts.get(0)).contains("Répondez OUI");
        assertThat(texts.get(1)).isEqualTo("Merci, signalement reçu. Référence : " + tip.tipId());
        FakePlatform.Sent question = PLATFORM.sent().stream()
                .filter(s -> s.body().path("chat_id").asText().equals(Long.toString(chat))).findFirst().orElseThrow();
        assertThat(question.path()).isEqualTo("/bot123456:bot-token/sendMessage");
        assertThat(question.body().path("reply_markup").path("inline_keyboard").path(0).path(0)
                .path("callback_data").asText()).isEqualTo("consent:yes");
    }

    @Test
    void arabicTextIsAnsweredInArabicAndAfterConsentEveryMessageIsATip() {
        long chat = 7_000_002L;
        secretly(ChatPayloads.telegramText(2001, chat, null, "يقولون إن المستشفى مغلق اليوم"));
        secretly(ChatPayloads.telegramText(2002, chat, null, "نعم"));
        secretly(ChatPayloads.telegramText(2003, chat, null, "وأيضًا أن الحافلات متوقفة"));
        OUTBOX.runOnce();
        assertThat(PUBLISHED).filteredOn(tip -> tip.text().contains("المستشفى") || tip.text().contains("الحافلات"))
                .hasSize(2).allSatisfy(tip -> assertThat(tip.language()).isEqualTo("ar"));
        List<String> texts = PLATFORM.textsTo(Long.toString(chat));
        assertThat(texts).hasSize(3);
        assertThat(texts.get(0)).contains("أرسل نعم للموافقة");
        assertThat(texts.get(2)).startsWith("شكرًا، تم استلام بلاغك. الرقم المرجعي: BW-");
    }

    @Test
    void aGroupTheBotWasAddedToIsNotRead() {
        String update = org.bellwether.model.Json.writeString(Map.of("update_id", 4001, "message", Map.of(
                "message_id", 1, "date", 1764979200, "text", "group chatter about the okapi",
                "from", Map.of("id", 7_000_004L, "is_bot", false, "first_name", "Ana"),
                "chat", Map.of("id", -100_777L, "title", "Neighbours", "type", "supergroup"))));
        assertThat(secretly(update).getStatus()).isEqualTo(200);
        OUTBOX.runOnce();
        assertThat(PLATFORM.textsTo("-100777")).isEmpty();
        assertThat(DATABASE.jdbi().onDemand(OutboxDao.class).all()).noneMatch(row -> row.body().contains("okapi"));
    }

    @Test
    void stopForgetsTheChatAndWhatItHeld() {
        long chat = 7_000_003L;
        secretly(ChatPayloads.telegramText(3001, chat, "en", "A rumour I will take back about the marathon"));
        assertThat(DATABASE.jdbi().onDemand(ChatDao.class).conversations("telegram")).isPositive();
        long before = DATABASE.jdbi().onDemand(ChatDao.class).conversations("telegram");
        secretly(ChatPayloads.telegramText(3002, chat, "en", "STOP"));
        assertThat(DATABASE.jdbi().onDemand(ChatDao.class).conversations("telegram")).isEqualTo(before - 1);
        secretly(ChatPayloads.telegramText(3003, chat, "en", "yes"));
        OUTBOX.runOnce();
        assertThat(PUBLISHED).noneMatch(tip -> tip.text().contains("marathon"));
        List<String> texts = PLATFORM.textsTo(Long.toString(chat));
        assertThat(texts.get(1)).isEqualTo("Done: this chat is forgotten and you will not hear from us again.");
        assertThat(texts.get(2)).as("a new conversation begins with the consent question again")
                .contains("Reply YES to agree");
    }

    @Test
    void aReplyDuringAPlatformOutageIsDeliveredOnceWhenItReturns() {
        String waId = "15550001004";
        PLATFORM.down(true);
        try {
            assertThat(signed(ChatPayloads.whatsappText(waId, "wamid.outage1", "Outage rumour about the ferry"))
                    .getStatus()).isEqualTo(200);
            OUTBOX.runOnce();
            assertThat(PLATFORM.textsTo(waId)).isEmpty();
            assertThat(WHATSAPP_COUNTERS.snapshot().lastError()).isEqualTo("reply: HTTP 503");
            CLOCK.advance(Duration.ofMinutes(2));
            OUTBOX.runOnce();
            assertThat(PLATFORM.textsTo(waId)).isEmpty();
        } finally {
            PLATFORM.down(false);
        }
        OUTBOX.runOnce();
        assertThat(PLATFORM.textsTo(waId)).as("not due before its backoff").isEmpty();
        CLOCK.advance(Duration.ofMinutes(5));
        OUTBOX.runOnce();
        OUTBOX.runOnce();
        CLOCK.advance(Duration.ofMinutes(30));
        OUTBOX.runOnce();
        assertThat(PLATFORM.textsTo(waId)).hasSize(1).first().asString().contains("rumour tip line");
    }

    @Test
    void aTipThatCannotBePublishedIs503AndTheRetryRecordsIt() {
        String waId = "15550001005";
        signed(ChatPayloads.whatsappText(waId, "wamid.kafka1", "Rumour that waits for the broker"));
        KAFKA_DOWN.set(true);
        String yes = ChatPayloads.whatsappText(waId, "wamid.kafka2", "yes");
        try {
            assertThat(signed(yes).getStatus()).isEqualTo(503);
        } finally {
            KAFKA_DOWN.set(false);
        }
        assertThat(signed(yes).getStatus()).isEqualTo(200);
        assertThat(PUBLISHED).filteredOn(tip -> tip.text().contains("waits for the broker")).hasSize(1);
    }

    private static FakePlatform.Sent lastTo(String chatId) {
        List<FakePlatform.Sent> sent = PLATFORM.sent().stream()
                .filter(s -> chatId.equals(s.body().path("to").asText())).toList();
        return sent.get(sent.size() - 1);
    }

    private static Response signed(String body) {
        return whatsapp(body, "sha256=" + WebhookSender.sign(APP_SECRET, body));
    }

    private static Response whatsapp(String body, String signature) {
        return RESOURCES.target("/tips/whatsapp").request().header("X-Hub-Signature-256", signature)
                .post(Entity.entity(body, "application/json"));
    }

    private static Response secretly(String update) {
        return telegram(update, TELEGRAM_SECRET);
    }

    private static Response telegram(String update, String secret) {
        return RESOURCES.target("/tips/telegram").request().header("X-Telegram-Bot-Api-Secret-Token", secret)
                .post(Entity.entity(update, "application/json"));
    }

    /** The wall clock moved forward by the tests (it stays ahead of the database's now(), which the outbox uses). */
    static final class MutableClock extends Clock {
        private volatile Duration offset = Duration.ofSeconds(1);

        void advance(Duration duration) {
            offset = offset.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
