package org.bellwether.api.intake.chat;

import java.time.Duration;

/**
 * The Telegram tip line (Bot API webhook).
 *
 * @param enabled     serve {@code /tips/telegram}
 * @param botToken    the bot's token from @BotFather, which sends replies
 * @param secretToken the {@code secret_token} given to {@code setWebhook}; Telegram sends it back in
 *                    {@code X-Telegram-Bot-Api-Secret-Token}
 * @param apiBaseUrl  the Bot API, {@code https://api.telegram.org}
 * @param timeout     connect and request timeout of a reply
 */
public record TelegramSettings(boolean enabled, String botToken, String secretToken, String apiBaseUrl,
                               Duration timeout) {
    public static final TelegramSettings DISABLED = new TelegramSettings(false, "", "", "", Duration.ZERO);

    /** The Bot API's {@code POST /bot{token}/sendMessage}. */
    public String sendMessageUrl() {
        return apiBaseUrl.replaceAll("/+$", "") + "/bot" + botToken + "/sendMessage";
    }

    @Override
    public String toString() {
        return "TelegramSettings[enabled=" + enabled + ", apiBaseUrl=" + apiBaseUrl + "]";
    }
}
