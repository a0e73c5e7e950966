package org.bellwether.api.intake.chat;

import java.time.Instant;
import java.util.List;

/**
 * One message as a tip line received it, whatever the platform.
 *
 * @param updateId      the platform's id of this delivery (WhatsApp message id, Telegram update id): a retry
 *                      carries the same one
 * @param chatId        who to answer (WhatsApp user's number, Telegram chat id); personal, sealed before stored
 * @param languageCode  the app's language (Telegram's {@code language_code}), or null
 * @param text          the text or caption, may be empty
 * @param urls          links the message carries: the origin of a forwarded post, link entities
 * @param images        how many images or other media came with it (never downloaded)
 * @param forwarded     the tipster forwarded this message from elsewhere
 * @param consentButton the tipster pressed the consent button ({@code consent:yes})
 * @param sentAt        when the tipster sent it
 */
public record ChatMessage(String updateId, String chatId, String languageCode, String text, List<String> urls,
                          int images, boolean forwarded, boolean consentButton, Instant sentAt) {
    public static final String CONSENT_PAYLOAD = "consent:yes";

    public ChatMessage {
        text = text == null ? "" : text;
        urls = urls == null ? List.of() : List.copyOf(urls);
    }
}
