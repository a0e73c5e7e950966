package org.bellwether.api.notify;

import java.io.IOException;

/**
 * The platform refused a message for a reason trying again will not change (e.g. WhatsApp's 131047, a free-form
 * message outside the 24-hour window): the outbox records it as failed at once, with this message as its error.
 */
public final class NotificationRefused extends IOException {
    public NotificationRefused(String message) {
        super(message);
    }
}
