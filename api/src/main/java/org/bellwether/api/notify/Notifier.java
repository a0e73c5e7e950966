package org.bellwether.api.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.common.Roles;
import org.bellwether.api.messengers.Messenger;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.users.db.UserDao;
import org.bellwether.api.users.db.UserRow;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.jdbi.v3.core.Handle;

/**
 * Decides who hears about what, and queues it in the outbox inside the caller's transaction. Email goes out when
 * SMTP is configured, the signed webhook when a webhook is configured and the messenger has a phone number.
 * Each notification has a dedup key, so a retried request never notifies twice. Thread-safe.
 */
public final class Notifier {
    private final boolean email;
    private final boolean webhook;
    private final ContactCipher cipher;

    public Notifier(boolean email, boolean webhook, ContactCipher cipher) {
        this.email = email;
        this.webhook = webhook;
        this.cipher = cipher;
    }

    /** A new assignment for a messenger. */
    public void assignmentOffered(Handle handle, UUID assignmentId, Messenger messenger, String label,
                                  Instant deadline) {
        String subject = "New Bellwether assignment: " + label;
        String text = "Hello " + messenger.displayName() + ",\n\nYou have been asked to respond to a narrative: "
                + label + "\nPlease accept or decline by " + deadline + ".\nYour briefing pack is ready in "
                + "Bellwether (assignment " + assignmentId + ").\n\nThank you.";
        if (email && messenger.emailSealed() != null) {
            Outbox.enqueue(handle, new Notification(Notification.EMAIL, null, messenger.emailSealed(), subject, text,
                    "assignment:" + assignmentId + ":offered:email"));
        }
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
    public void offerReminder(Handle handle, UUID assignmentId, Messenger messenger, String label) {
        String subject = "Reminder: Bellwether assignment waiting for you: " + label;
        String text = "Hello " + messenger.displayName() + ",\n\nAn assignment is still waiting for your answer: "
                + label + "\nPlease accept or decline it in Bellwether (assignment " + assignmentId
                + "), so it can be offered to someone else if you cannot take it.\n\nThank you.";
        if (email && messenger.emailSealed() != null) {
            Outbox.enqueue(handle, new Notification(Notification.EMAIL, null, messenger.emailSealed(), subject, text,
                    "assignment:" + assignmentId + ":reminded:email"));
        }
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
