package org.bellwether.api.messengers;

import java.time.Instant;

/**
 * The Telegram deep link a messenger opens to be reached there: {@code https://t.me/<bot>?start=<one-time token>}.
 *
 * @param link      the link; opening it and pressing Start sends the bot {@code /start <token>}
 * @param expiresAt when the token stops working
 */
public record TelegramLink(String link, Instant expiresAt) {
}
