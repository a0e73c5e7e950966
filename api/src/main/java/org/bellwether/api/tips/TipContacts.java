package org.bellwether.api.tips;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.notify.Notification;
import org.bellwether.api.notify.Outbox;
import org.bellwether.api.tips.db.TipContactDao;
import org.bellwether.api.tips.db.TipContactRow;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Tip;
import org.jdbi.v3.core.Jdbi;

/**
 * Tipsters' contacts: kept sealed when a tip is accepted, opened only for an officer who gives a reason (audited),
 * and used to answer the tipster through the channel the tip came by — e-mail for the form (when an address was
 * given) and the inbox, SMS for the SMS line (or a form contact that is a phone number) — in the tipster's language,
 * quoting the reference, through the outbox. Thread-safe.
 */
public final class TipContacts {
    /** Longest reason kept in the audit log. */
    public static final int MAX_REASON_CHARS = 500;
    /** Longest officer text: one long SMS (the gateway splits it) or a short e-mail. */
    public static final int MAX_SMS_CHARS = 1_200;
    public static final int MAX_EMAIL_CHARS = 5_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{5,}[0-9]");

    private final Jdbi jdbi;
    private final ContactCipher cipher;
    private final DatabaseAuditTrail audit;
    private final Set<String> replyChannels;

    /**
     * @param replyChannels the channels this server can send replies by ({@code email} with SMTP configured,
     *                      {@code sms} with an SMS gateway)
     */
    public TipContacts(Jdbi jdbi, ContactCipher cipher, DatabaseAuditTrail audit, Set<String> replyChannels) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.audit = audit;
        this.replyChannels = Set.copyOf(replyChannels);
    }

    /** Keeps an accepted tip's sealed contact (idempotent by reference); the contact is never opened here. */
    public void remember(Tip tip) {
        jdbi.useExtension(TipContactDao.class, dao -> dao.insert(tip.tipId(), tip.channel(), tip.language(),
                tip.contactSealed(), tip.receivedAt()));
    }

    /** Opens a tip's contact for an officer; 400 without a reason, 404 for an unknown reference. Audited. */
    public TipContact reveal(Caller caller, String reference, String reason) {
        String why = reason(reason);
        TipContactRow row = row(reference);
        TipContact contact = open(row);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", why);
        detail.put("channel", row.channel());
        audit.record(caller, "tip.contact.reveal", "tip", reference, detail);
        return contact;
    }

    /**
     * Queues the officer's answer to the tipster in the outbox, framed in the tipster's language with the reference
     * number. 409 when the tipster left no contact a reply can reach, or this server cannot send by that channel.
     */
    public TipReplyView reply(Caller caller, String reference, TipReplyRequest request) {
        if (request == null) {
            throw ApiException.invalid("body", "required");
        }
        String why = reason(request.reason());
        TipContactRow row = row(reference);
        TipContact contact = open(row);
        if (contact.replyBy() == null) {
            throw ApiException.conflict("tip " + reference + " left no e-mail address or phone number to answer");
        }
        if (!replyChannels.contains(contact.replyBy())) {
            throw ApiException.conflict("replies by " + contact.replyBy() + " are not configured on this server");
        }
        String text = request.body() == null ? "" : request.body().strip();
        int max = Notification.SMS.equals(contact.replyBy()) ? MAX_SMS_CHARS : MAX_EMAIL_CHARS;
        if (text.isEmpty()) {
            throw ApiException.invalid("body", "say something to the tipster");
        }
        if (text.length() > max) {
            throw ApiException.invalid("body", "at most " + max + " characters by " + contact.replyBy());
        }
        String subject = Notification.EMAIL.equals(contact.replyBy())
                ? TipReplyTexts.subject(contact.language(), reference) : null;
        String body = TipReplyTexts.body(contact.language(), reference, text);
        // the outbox opens every recipient as a contact address
        String recipient = cipher.seal(firstLine(contact.contact()), MessengerService.CONTACT_PURPOSE);
        jdbi.useTransaction(handle -> {
            Outbox.enqueue(handle, new Notification(contact.replyBy(), null, recipient, subject, body,
                    "tip:" + reference + ":reply:" + UUID.randomUUID()));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("reason", why);
            detail.put("channel", contact.replyBy());
            detail.put("language", contact.language());
            audit.record(handle, caller, "tip.reply", "tip", reference, detail);
        });
        return new TipReplyView(reference, contact.replyBy(), contact.language(), subject, body);
    }

    private TipContactRow row(String reference) {
        return jdbi.withExtension(TipContactDao.class, dao -> dao.find(reference))
                .orElseThrow(() -> ApiException.notFound("tip", reference));
    }

    private TipContact open(TipContactRow row) {
        String contact = row.contactSealed() == null ? null
                : cipher.open(row.contactSealed(), org.bellwether.model.TipContact.PURPOSE);
        return new TipContact(row.reference(), row.channel(), TipReplyTexts.language(row.language()), contact,
                replyBy(row.channel(), contact));
    }

    /**
     * SMS for the SMS line, e-mail for the inbox, and for the form whichever the contact is. The first line is the
     * contact given for replies; later lines are details the tipster typed into the report.
     */
    static String replyBy(String channel, String contact) {
        if (contact == null || contact.isBlank()) {
            return null;
        }
        String value = firstLine(contact);
        return switch (channel == null ? "" : channel) {
            case "sms" -> Notification.SMS;
            case "email" -> Notification.EMAIL;
            case "web" -> EMAIL.matcher(value).matches() ? Notification.EMAIL
                    : PHONE.matcher(value).matches() ? Notification.SMS : null;
            default -> null;
        };
    }

    private static String firstLine(String contact) {
        return contact.strip().lines().findFirst().orElse("").strip();
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ApiException.invalid("reason", "say why you need the tipster's contact");
        }
        if (why.length() > MAX_REASON_CHARS) {
            throw ApiException.invalid("reason", "at most " + MAX_REASON_CHARS + " characters");
        }
        return why;
    }
}
