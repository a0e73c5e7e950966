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
 * @param botUsername the bot's username (without {@code @}), for the {@code https://t.me/<bot>?start=<token>} link
 *                    that binds a messenger's chat; empty for none
 */
public record TelegramSettings(boolean enabled, String botToken, String secretToken, String apiBaseUrl,
                               Duration timeout, String botUsername) {
    public static final TelegramSettings DISABLED = new TelegramSettings(false, "", "", "", Duration.ZERO, "");

    public TelegramSettings(boolean enabled, String botToken, String secretToken, String apiBaseUrl,
                            Duration timeout) {
        this(enabled, botToken, secretToken, apiBaseUrl, timeout, "");
    }

    /** The Bot API's {@code POST /bot{token}/sendMessage}. */
    public String sendMessageUrl() {
        return apiBaseUrl.replaceAll("/+$", "") + "/bot" + botToken + "/sendMessage";
    }

    @Override
    public String toString() {
        return "TelegramSettings[enabled=" + enabled + ", apiBaseUrl=" + apiBaseUrl + "]";
    }
}
