package org.bellwether.api.intake.chat;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reply as the outbox holds it until a sender turns it into the platform's request.
 *
 * @param text   what to say
 * @param button the consent button's label (its payload is {@link ChatMessage#CONSENT_PAYLOAD}), or null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatReply(String text, String button) {
}
