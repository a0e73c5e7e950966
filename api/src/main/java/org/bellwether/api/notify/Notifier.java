package org.bellwether.api.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bellwether.api.common.Roles;
import org.bellwether.api.messengers.Messenger;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.messengers.Reach;
import org.bellwether.api.users.db.UserDao;
import org.bellwether.api.users.db.UserRow;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.jdbi.v3.core.Handle;

/**
 * Decides who hears about what, and queues it in the outbox inside the caller's transaction. A messenger hears of an
 * offer (and its one reminder) on the channel they chose (SMS, WhatsApp, Telegram) when that line is on, else by
 * e-mail; never inside their quiet hours (the message waits in the outbox until they end); with the offer's signed,
 * expiring link and its short reply code. The signed webhook goes out too when one is configured and the messenger
 * has a phone number. Each notification has a dedup key, so a retried request never notifies twice. Thread-safe.
 */
public final class Notifier {
    private static final String WHATSAPP = "whatsapp";
    private final boolean email;
    private final boolean webhook;
    private final Set<String> channels;
    private final ContactCipher cipher;
    private final OfferLinks links;
    private final Clock clock;
    private final WhatsAppTemplates templates;

    /**
     * @param channels the outbox channels that have a sender: {@code email}, {@code sms}, {@code whatsapp},
     *                 {@code telegram}
     */
    public Notifier(Set<String> channels, boolean webhook, ContactCipher cipher, OfferLinks links, Clock clock) {
        this(channels, webhook, cipher, links, WhatsAppTemplates.NONE, clock);
    }

    /**
     * @param channels  the outbox channels that have a sender
     * @param templates the approved WhatsApp templates offers and reminders go out as
     */
    public Notifier(Set<String> channels, boolean webhook, ContactCipher cipher, OfferLinks links,
                    WhatsAppTemplates templates, Clock clock) {
        this.templates = templates;
        this.channels = Set.copyOf(channels);
        this.email = channels.contains(Notification.EMAIL);
        this.webhook = webhook;
        this.cipher = cipher;
        this.links = links;
        this.clock = clock;
    }

    /** E-mail only (when {@code email}), with the dev offer key and the system clock. */
    public Notifier(boolean email, boolean webhook, ContactCipher cipher) {
        this(email ? Set.of(Notification.EMAIL) : Set.of(), webhook, cipher, new OfferLinks(OfferLinks.DEV_KEY, ""),
                Clock.systemUTC());
    }

    /** A new assignment for a messenger. */
    public void assignmentOffered(Handle handle, UUID assignmentId, Messenger messenger, String label,
                                  Instant deadline) {
        String subject = "New Bellwether assignment: " + label;
        String text = "Hello " + messenger.displayName() + ",\n\nYou have been asked to respond to a narrative: "
                + label + "\nPlease accept or decline by " + deadline + ".\nYour briefing pack is ready in "
                + "Bellwether (assignment " + assignmentId + ").\n\nThank you.";
        toMessenger(handle, assignmentId, messenger, label, deadline, "offered", subject, text);
        if (webhook && messenger.phoneSealed() != null) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("event", "assignment.offered");
            payload.put("assignmentId", assignmentId.toString());
            payload.put("label", label);
            payload.put("deadline", deadline.toString());
            payload.put("language", messenger.preferredLanguage());
            Outbox.enqueue(handle, new Notification(Notification.WEBHOOK, "assignment.offered",
                    messenger.phoneSealed(), null, Json.writeString(payload),
                    "assignment:" + assignmentId + ":offered:webhook"));
        }
    }

    /** The messenger has not answered an offer within the case's target: one reminder, on the offer's channels. */
    public void offerReminder(Handle handle, UUID assignmentId, Messenger messenger, String label, Instant deadline) {
        String subject = "Reminder: Bellwether assignment waiting for you: " + label;
        String text = "Hello " + messenger.displayName() + ",\n\nAn assignment is still waiting for your answer: "
                + label + "\nPlease accept or decline it in Bellwether (assignment " + assignmentId
                + "), so it can be offered to someone else if you cannot take it.\n\nThank you.";
        toMessenger(handle, assignmentId, messenger, label, deadline, "reminded", subject, text);
        if (webhook && messenger.phoneSealed() != null) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("event", "assignment.reminder");
            payload.put("assignmentId", assignmentId.toString());
            payload.put("label", label);
            payload.put("language", messenger.preferredLanguage());
            Outbox.enqueue(handle, new Notification(Notification.WEBHOOK, "assignment.reminder",
                    messenger.phoneSealed(), null, Json.writeString(payload),
                    "assignment:" + assignmentId + ":reminded:webhook"));
        }
    }

    /** An offer or reminder on the messenger's chosen channel, or else by e-mail; after their quiet hours. */
    private void toMessenger(Handle handle, UUID assignmentId, Messenger messenger, String label, Instant deadline,
                             String event, String subject, String emailText) {
        Reach reach = MessengerService.reach(handle, messenger.id());
        Instant now = clock.instant();
        Instant notBefore = reach.quietHours() == null ? now : reach.quietHours().nextAllowed(now);
        String code = links.code(assignmentId);
        String link = links.link(assignmentId, deadline);
        String channel = reach.channel();
        if (!channel.equals(Reach.EMAIL) && channels.contains(channel) && reach.addressSealed() != null) {
            OfferTexts.Texts texts = OfferTexts.of(messenger.preferredLanguage());
            Map<String, String> values = Map.of(
                    "name", messenger.displayName(), "label", label, "code", code, "link", link,
                    "deadline", OfferTexts.deadline(deadline, reach.quietHours() == null ? null
                            : reach.quietHours().zone(), messenger.preferredLanguage()));
            boolean reminder = !event.equals("offered");
            String text = OfferTexts.fill(reminder ? texts.reminder() : texts.offer(), values);
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("text", text);
            if (channel.equals(WHATSAPP)) {
                // outside the 24-hour window only an approved template starts a conversation
                templates.use(messenger.preferredLanguage(), reminder, values)
                        .ifPresent(template -> message.put("template", template));
            }
            String body = channel.equals(Notification.SMS) ? text : Json.writeString(message);
            Outbox.enqueue(handle, new Notification(channel, null, reach.addressSealed(), null, body,
                    "assignment:" + assignmentId + ":" + event + ":" + channel), notBefore, assignmentId);
            return;
        }
        if (email && messenger.emailSealed() != null) {
            Outbox.enqueue(handle, new Notification(Notification.EMAIL, null, messenger.emailSealed(), subject,
                    emailText + "\n\nOpen it: " + link + "\nReference: " + code,
                    "assignment:" + assignmentId + ":" + event + ":email"), notBefore, assignmentId);
        }
    }

    /** The officer who offered an assignment hears that it was declined or answered. */
    public void officerUpdate(Handle handle, String officer, UUID assignmentId, String event, String label,
                              String detail) {
        if (!email) {
            return;
        }
        UserRow user = handle.attach(UserDao.class).findByUsername(officer).orElse(null);
        if (user == null || user.email() == null) {
            return;
        }
        Outbox.enqueue(handle, new Notification(Notification.EMAIL, null,
                cipher.seal(user.email(), MessengerService.CONTACT_PURPOSE), "Assignment " + event + ": " + label,
                "Assignment " + assignmentId + " was " + event + ".\n" + (detail == null ? "" : detail),
                "assignment:" + assignmentId + ":" + event + ":officer-email"));
    }

    /** A case missed its response-time target: every officer and admin with an email address hears of it. */
    public void escalation(Handle handle, UUID caseId, String label, String severity, Instant targetAt) {
        if (!email) {
            return;
        }
        UserDao users = handle.attach(UserDao.class);
        for (String role : new String[] {Roles.OFFICER, Roles.ADMIN}) {
            for (UserRow user : users.listByRole(role)) {
                if (user.email() == null) {
                    continue;
                }
                Outbox.enqueue(handle, new Notification(Notification.EMAIL, null,
                        cipher.seal(user.email(), MessengerService.CONTACT_PURPOSE),
                        "Overdue " + severity + " narrative: " + label,
                        "The " + severity + " narrative \"" + label + "\" has had no decision since its target at "
                                + targetAt + ". Please triage it now (case " + caseId + ").",
                        "case:" + caseId + ":escalated:" + targetAt + ":" + user.id()));
            }
        }
    }

    /** A saved search raised an alert: its owner hears of it by email, when they have an address. */
    public void savedSearchAlert(Handle handle, long ownerId, String name, String what, long alertId) {
        if (!email) {
            return;
        }
        UserRow owner = handle.attach(UserDao.class).findById(ownerId).orElse(null);
        if (owner == null || owner.email() == null || !owner.active()) {
            return;
        }
        Outbox.enqueue(handle, new Notification(Notification.EMAIL, null,
                cipher.seal(owner.email(), MessengerService.CONTACT_PURPOSE), "Saved search alert: " + name,
                "Your saved search \"" + name + "\" " + what + ".\nSee its alerts on the search page of the dashboard.",
                "saved-search-alert:" + alertId + ":owner-email"));
    }
}
