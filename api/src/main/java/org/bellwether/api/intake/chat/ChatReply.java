package org.bellwether.api.intake.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bellwether.api.notify.WhatsAppTemplates;

/**
 * A reply as the outbox holds it until a sender turns it into the platform's request.
 *
 * @param text   what to say
 * @param button   the consent button's label (its payload is {@link ChatMessage#CONSENT_PAYLOAD}), or null for none
 * @param template the approved WhatsApp template to send instead of the text (an offer outside the 24-hour
 *                 window), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatReply(String text, String button, WhatsAppTemplates.Use template) {
    public ChatReply(String text, String button) {
        this(text, button, null);
    }
}
