package org.bellwether.api.notify;

import java.time.Duration;

/**
 * The SMS gateway for replies to tipsters who wrote in by SMS: Twilio's Messages API, or anything that speaks its
 * shape ({@code POST {baseUrl}/2010-04-01/Accounts/{accountSid}/Messages.json}, form body {@code To}, {@code From},
 * {@code Body}, HTTP Basic with the account SID and auth token, 201 on success).
 *
 * @param enabled    a base URL, account SID and sender number are set
 * @param baseUrl    e.g. {@code https://api.twilio.com}
 * @param accountSid the account the messages are sent from
 * @param authToken  the account's auth token (from the environment)
 * @param from       the sender number, E.164
 * @param timeout    connect and request timeout
 * @param statusCallback where the gateway reports delivery ({@code StatusCallback}: the public URL of
 *                   {@code /tips/sms/status}), or null for no reports
 */
public record SmsSettings(boolean enabled, String baseUrl, String accountSid, String authToken, String from,
                          Duration timeout, String statusCallback) {


    /** Without the auth token. */
    @Override
    public String toString() {
        return "SmsSettings[enabled=" + enabled + ", baseUrl=" + baseUrl + ", accountSid=" + accountSid + ", from="
                + from + "]";
    }
}
