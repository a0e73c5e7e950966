package org.bellwether.api.intake.chat;

import java.time.Duration;

/**
 * The WhatsApp tip line (WhatsApp Business Cloud API).
 *
 * @param enabled       serve {@code /tips/whatsapp}
 * @param verifyToken   the "Verify token" entered with the callback URL in the app's WhatsApp configuration
 * @param appSecret     the Meta app's "App secret", which signs every webhook ({@code X-Hub-Signature-256})
 * @param accessToken   the system user's access token that sends replies
 * @param phoneNumberId the business phone number's "Phone number ID"
 * @param apiBaseUrl    the Graph API, {@code https://graph.facebook.com}
 * @param apiVersion    the Graph API version, e.g. {@code v21.0}
 * @param timeout       connect and request timeout of a reply
 */
public record WhatsAppSettings(boolean enabled, String verifyToken, String appSecret, String accessToken,
                               String phoneNumberId, String apiBaseUrl, String apiVersion, Duration timeout) {
    public static final WhatsAppSettings DISABLED = new WhatsAppSettings(false, "", "", "", "", "", "", Duration.ZERO);

    /** The Cloud API's send endpoint, {@code POST /{version}/{phone-number-id}/messages}. */
    public String messagesUrl() {
        return apiBaseUrl.replaceAll("/+$", "") + "/" + apiVersion + "/" + phoneNumberId + "/messages";
    }

    @Override
    public String toString() {
        return "WhatsAppSettings[enabled=" + enabled + ", phoneNumberId=" + phoneNumberId + ", apiBaseUrl="
                + apiBaseUrl + ", apiVersion=" + apiVersion + "]";
    }
}
