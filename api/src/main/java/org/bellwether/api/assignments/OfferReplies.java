package org.bellwether.api.assignments;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.api.assignments.db.AssignmentDao;
import org.bellwether.api.assignments.db.AssignmentRow;
import org.bellwether.api.messengers.Messenger;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.messengers.Reach;
import org.bellwether.api.messengers.TelegramLinkTexts;
import org.bellwether.api.notify.OfferLinks;
import org.bellwether.api.notify.OfferTexts;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A messenger answers an offer from their phone: {@code ACCEPT K7M2QX} or {@code DECLINE K7M2QX [reason]} (or the
 * words of their language: ACEPTAR/RECHAZAR, ACCEPTER/REFUSER, قبول/رفض) by SMS, WhatsApp or Telegram. Only messages
 * from the address a messenger is reached at count (matched by its keyed hash); the code must be one of their own
 * offers, still offered and not past its deadline, or they are told why and nothing moves. A move is audited with the
 * messenger as actor. Thread-safe.
 */
public final class OfferReplies implements MessengerReplies {
    /** Telegram's deep-link start: {@code /start <token>} (a plain {@code /start} is a tipster's greeting). */
    private static final Pattern TELEGRAM_START = Pattern.compile("/start(?:@\\w+)?\\s+([A-Za-z0-9_-]{1,64})");
    private static final Pattern REPLY = Pattern.compile(
            "^\\s*(\\p{L}+)(?:[\\s:,.-]+([A-Za-z0-9]{4,10}))?(?:[\\s:,.!-]+(.*))?$",
            Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SEARCH_LIMIT = 200;

    private final Jdbi jdbi;
    private final MessengerService messengers;
    private final AssignmentService assignments;
    private final OfferLinks links;
    private final Clock clock;

    public OfferReplies(Jdbi jdbi, MessengerService messengers, AssignmentService assignments, OfferLinks links,
                        Clock clock) {
        this.jdbi = jdbi;
        this.messengers = messengers;
        this.assignments = assignments;
        this.links = links;
        this.clock = clock;
    }

    /** A reply as read: accept or decline, the code typed (or null), and the rest (a decline's reason). */
    record Parsed(boolean accept, String code, String rest) {
    }

    /** The reply a text is, if it starts with an accept or decline word. */
    static Optional<Parsed> parse(String text) {
        if (text == null || text.length() > 1000) {
            return Optional.empty();
        }
        Matcher matcher = REPLY.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String word = matcher.group(1);
        boolean accept = OfferTexts.isAcceptWord(word);
        if (!accept && !OfferTexts.isDeclineWord(word)) {
            return Optional.empty();
        }
        String rest = matcher.group(3) == null ? null : matcher.group(3).strip();
        return Optional.of(new Parsed(accept, matcher.group(2), rest == null || rest.isEmpty() ? null : rest));
    }

    @Override
    public Optional<String> answer(String channel, String address, String text) {
        if (parse(text).isEmpty()) {
            return Optional.empty();
        }
        return jdbi.inTransaction(handle -> answer(handle, channel, address, text));
    }

    @Override
    public Optional<String> answer(Handle handle, String channel, String address, String text) {
        if (channel.equals(Reach.TELEGRAM) && text != null) {
            Matcher start = TELEGRAM_START.matcher(text.strip());
            if (start.matches()) {
                // the messenger's one-time link: bind this chat to them
                return Optional.of(messengers.bindTelegram(handle, address, start.group(1))
                        .map(m -> TelegramLinkTexts.bound(m.preferredLanguage()))
                        .orElseGet(TelegramLinkTexts::invalid));
            }
        }
        Optional<Parsed> parsed = parse(text);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Messenger> sender = messengers.byAddress(handle, channel, address);
        if (sender.isEmpty()) {
            return Optional.empty();
        }
        Messenger messenger = sender.get();
        OfferTexts.Texts texts = OfferTexts.of(messenger.preferredLanguage());
        Parsed reply = parsed.get();
        if (reply.code() == null) {
            return Optional.of(fill(texts.usage(), "K7M2QX"));
        }
        String code = OfferLinks.normaliseCode(reply.code());
        Optional<AssignmentRow> found = handle.attach(AssignmentDao.class)
                .find(messenger.id(), null, null, SEARCH_LIMIT, 0).stream()
                .filter(row -> links.code(row.id()).equals(code)).findFirst();
        if (found.isEmpty()) {
            return Optional.of(fill(texts.unknownCode(), code));
        }
        AssignmentRow row = found.get();
        if (!row.state().equals(AssignmentState.OFFERED.wireName())) {
            return Optional.of(fill(texts.closed(), code));
        }
        if (!clock.instant().isBefore(row.deadline())) {
            return Optional.of(fill(texts.expired(), code));
        }
        if (!assignments.answerByMessage(handle, row, messenger, reply.accept(), reply.rest(), channel)) {
            return Optional.of(fill(texts.closed(), code));
        }
        return Optional.of(fill(reply.accept() ? texts.accepted() : texts.declined(), code));
    }

    private static String fill(String template, String code) {
        return OfferTexts.fill(template, Map.of("code", code));
    }
}
