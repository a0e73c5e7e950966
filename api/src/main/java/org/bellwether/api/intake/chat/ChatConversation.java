package org.bellwether.api.intake.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.api.assignments.MessengerReplies;
import org.bellwether.api.intake.chat.db.ChatConversationRow;
import org.bellwether.api.intake.chat.db.ChatDao;
import org.bellwether.api.intake.tips.TipIntake;
import org.bellwether.api.intake.tips.TipSubmission;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.notify.Notification;
import org.bellwether.api.notify.Outbox;
import org.bellwether.api.notify.WebhookSender;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The conversation of one tip line, kept in PostgreSQL: a new chat is greeted in the tipster's language with what
 * the city does with reports and a consent question, and what it sends is held (sealed) until it consents; consent
 * records the held report as a tip and answers with its reference; after that every message is a tip of its own.
 * {@code STOP} forgets the chat. Each update is handled once (by a keyed hash of its id), in one transaction with
 * the state change and the reply it queues in the outbox. The chat id is sealed; rows are found by a keyed hash of
 * it (HMAC-SHA256 with the line's own secret). A known messenger's {@code ACCEPT}/{@code DECLINE} reply to an offer
 * is answered as such ({@link MessengerReplies}) and never becomes a tip. Thread-safe.
 */
public final class ChatConversation {
    /** A held report older than this is dropped and the chat greeted again. */
    static final Duration HOLD = Duration.ofHours(24);
    /** Handled update ids are kept this long: both platforms give up retrying well within it. */
    static final Duration REMEMBER_UPDATES = Duration.ofDays(7);
    static final String PENDING_PURPOSE = "chat-pending";
    static final String AWAITING = "awaiting_consent";
    static final String CONSENTED = "consented";

    /** What an update led to. */
    public enum Outcome { DUPLICATE, ASKED, HELD, RECORDED, REFUSED, STOPPED, IGNORED, OFFER_ANSWERED }

    /** The tip could not be published: nothing was recorded, the platform should retry. */
    public static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable() {
            super("tips unavailable");
        }
    }

    /** What is held until consent. */
    record Held(List<String> texts, List<String> urls, int images) {
        static final Held EMPTY = new Held(List.of(), List.of(), 0);

        Held plus(ChatMessage message) {
            List<String> allTexts = new ArrayList<>(texts);
            String text = message.text().strip();
            if (!text.isEmpty() || message.forwarded()) {
                allTexts.add(message.forwarded() ? "[forwarded] " + text : text);
            }
            List<String> allUrls = new ArrayList<>(urls);
            allUrls.addAll(message.urls());
            return new Held(allTexts, allUrls, images + message.images());
        }

        boolean isEmpty() {
            return texts.isEmpty() && urls.isEmpty() && images == 0;
        }

        String tipText() {
            String text = String.join("\n\n", texts);
            if (images > 0) {
                text = (text + "\n\n[" + images + (images == 1 ? " image" : " images")
                        + " sent, not stored]").strip();
            }
            return text.length() > TipIntake.MAX_TEXT ? text.substring(0, TipIntake.MAX_TEXT) : text;
        }
    }

    private final ChatPlatform platform;
    private final String hashKey;
    private final Jdbi jdbi;
    private final TipIntake tips;
    private final ContactCipher cipher;
    private final Clock clock;
    private final MessengerReplies replies;

    /** @param hashKey the line's secret, which keys the hashes of chat and update ids */
    public ChatConversation(ChatPlatform platform, String hashKey, Jdbi jdbi, TipIntake tips, ContactCipher cipher,
                            Clock clock) {
        this(platform, hashKey, jdbi, tips, cipher, clock, MessengerReplies.NONE);
    }

    /**
     * @param replies recognises a messenger answering an offer ({@code ACCEPT K7M2QX}) before the message is taken
     *                for a tip
     */
    public ChatConversation(ChatPlatform platform, String hashKey, Jdbi jdbi, TipIntake tips, ContactCipher cipher,
                            Clock clock, MessengerReplies replies) {
        this.replies = replies;
        this.platform = platform;
        this.hashKey = hashKey;
        this.jdbi = jdbi;
        this.tips = tips;
        this.cipher = cipher;
        this.clock = clock;
    }

    public ChatPlatform platform() {
        return platform;
    }

    /** Handles one update; throws {@link Unavailable} when its tip could not be published (nothing changed). */
    public Outcome handle(ChatMessage message) {
        if (message.chatId().isBlank() || message.updateId().isBlank()) {
            return Outcome.IGNORED;
        }
        return jdbi.inTransaction(handle -> {
            ChatDao dao = handle.attach(ChatDao.class);
            String updateHash = hash("update:" + message.updateId());
            Instant now = clock.instant();
            if (dao.recordUpdate(platform.channel(), updateHash, now) == 0) {
                return Outcome.DUPLICATE;
            }
            dao.forgetUpdatesBefore(now.minus(REMEMBER_UPDATES));
            Optional<String> offerAnswer = replies.answer(handle, platform.channel(), message.chatId(),
                    message.text());
            if (offerAnswer.isPresent()) {
                new Reply(handle, message.chatId(), updateHash).send(new ChatReply(offerAnswer.get(), null));
                return Outcome.OFFER_ANSWERED;
            }
            String chatHash = hash("chat:" + message.chatId());
            Optional<ChatConversationRow> found = dao.findForUpdate(platform.channel(), chatHash)
                    .filter(row -> row.state().equals(CONSENTED) || row.updatedAt().plus(HOLD).isAfter(now));
            String language = found.map(ChatConversationRow::language).orElseGet(() -> ChatTexts.language(message));
            ChatTexts.Texts texts = ChatTexts.of(language);
            Reply reply = new Reply(handle, message.chatId(), updateHash);
            if (ChatTexts.isStop(message)) {
                dao.forget(platform.channel(), chatHash);
                reply.send(new ChatReply(texts.forgotten(), null));
                return Outcome.STOPPED;
            }
            String chatSealed = cipher.seal(message.chatId(), MessengerService.CONTACT_PURPOSE);
            if (found.isEmpty()) {
                boolean greeting = ChatTexts.isStart(message) || ChatTexts.isConsent(message);
                Held held = greeting ? Held.EMPTY : Held.EMPTY.plus(message);
                dao.save(platform.channel(), chatHash, chatSealed, AWAITING, language, seal(held), now);
                reply.send(new ChatReply(texts.welcome(), texts.button()));
                return Outcome.ASKED;
            }
            ChatConversationRow row = found.get();
            if (row.state().equals(AWAITING)) {
                Held held = open(row.pendingSealed());
                if (!ChatTexts.isConsent(message)) {
                    dao.save(platform.channel(), chatHash, chatSealed, AWAITING, language,
                            seal(held.plus(message)), now);
                    return Outcome.HELD;
                }
                if (held.isEmpty()) {
                    dao.save(platform.channel(), chatHash, chatSealed, CONSENTED, language, null, now);
                    reply.send(new ChatReply(texts.askForReport(), null));
                    return Outcome.IGNORED;
                }
                Outcome outcome = record(held, message.chatId(), language, texts, reply);
                dao.save(platform.channel(), chatHash, chatSealed, CONSENTED, language, null, now);
                return outcome;
            }
            dao.save(platform.channel(), chatHash, chatSealed, CONSENTED, language, null, now);
            if (ChatTexts.isConsent(message) || ChatTexts.isStart(message)) {
                return Outcome.IGNORED;
            }
            return record(Held.EMPTY.plus(message), message.chatId(), language, texts, reply);
        });
    }

    private Outcome record(Held held, String chatId, String language, ChatTexts.Texts texts, Reply reply) {
        TipIntake.Outcome outcome = tips.submit(new TipSubmission(platform.channel(), held.tipText(), held.urls(),
                language, null, platform.channel() + ":" + chatId, true, null), platform.channel() + ":" + chatId);
        switch (outcome.status()) {
            case ACCEPTED -> {
                reply.send(new ChatReply(texts.received() + outcome.reference(), null));
                return Outcome.RECORDED;
            }
            case FAILED -> throw new Unavailable();
            default -> {
                reply.send(new ChatReply(texts.invalid(), null));
                return Outcome.REFUSED;
            }
        }
    }

    /** Queues the one reply to an update (its dedup key is the update's). */
    private final class Reply {
        private final Handle handle;
        private final String chatId;
        private final String updateHash;

        Reply(Handle handle, String chatId, String updateHash) {
            this.handle = handle;
            this.chatId = chatId;
            this.updateHash = updateHash;
        }

        void send(ChatReply reply) {
            Outbox.enqueue(handle, new Notification(platform.channel(), null,
                    cipher.seal(chatId, MessengerService.CONTACT_PURPOSE), null, Json.writeString(reply),
                    "chat:" + platform.channel() + ":" + updateHash + ":reply"));
        }
    }

    private String seal(Held held) {
        return held.isEmpty() ? null : cipher.seal(Json.writeString(held), PENDING_PURPOSE);
    }

    private Held open(String sealed) {
        return sealed == null ? Held.EMPTY : Json.read(cipher.open(sealed, PENDING_PURPOSE), Held.class);
    }

    private String hash(String value) {
        return WebhookSender.sign(hashKey, platform.channel() + ":" + value);
    }
}
