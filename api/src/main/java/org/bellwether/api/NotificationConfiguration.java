package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.bellwether.api.notify.OutboxSettings;
import org.bellwether.api.notify.SmsSettings;
import org.bellwether.api.notify.SmtpSettings;
import org.bellwether.api.notify.WebhookSettings;

/** {@code notifications:} SMTP, the SMS gateway, the signed webhook and the outbox's retry policy. */
public class NotificationConfiguration {
    @NotNull
    @JsonProperty
    private Smtp smtp = new Smtp();

    @NotNull
    @JsonProperty
    private Webhook webhook = new Webhook();

    @NotNull
    @JsonProperty
    private Outbox outbox = new Outbox();

    @NotNull
    @JsonProperty
    private Sms sms = new Sms();

    public Smtp getSmtp() {
        return smtp;
    }

    public Webhook getWebhook() {
        return webhook;
    }

    public Outbox getOutbox() {
        return outbox;
    }

    public Sms getSms() {
        return sms;
    }

    public SmsSettings buildSms() {
        String token = sms.authToken != null && !sms.authToken.isBlank() ? sms.authToken
                : System.getenv("BELLWETHER_SMS_AUTH_TOKEN");
        boolean enabled = notBlank(sms.baseUrl) && notBlank(sms.accountSid) && notBlank(sms.from);
        return new SmsSettings(enabled, sms.baseUrl, sms.accountSid, token, sms.from, sms.timeout.toJavaDuration());
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    public SmtpSettings buildSmtp() {
        return new SmtpSettings(smtp.enabled, smtp.host, smtp.port, smtp.from, smtp.username, smtp.password,
                smtp.startTls, smtp.timeout.toJavaDuration());
    }

    public WebhookSettings buildWebhook() {
        return new WebhookSettings(webhook.url != null && !webhook.url.isBlank(), webhook.url, webhook.secret,
                webhook.timeout.toJavaDuration());
    }

    public OutboxSettings buildOutbox() {
        return new OutboxSettings(outbox.pollInterval.toJavaDuration(), outbox.batchSize, outbox.maxAttempts,
                outbox.backoffBase.toJavaDuration(), outbox.backoffMax.toJavaDuration());
    }

    /** {@code notifications.smtp:} the mail relay. */
    public static class Smtp {
        @JsonProperty public boolean enabled;
        @JsonProperty public String host = "127.0.0.1";
        @JsonProperty public int port = 25;
        @JsonProperty public String from = "bellwether@localhost";
        @JsonProperty public String username;
        @JsonProperty public String password;
        @JsonProperty public boolean startTls;
        @NotNull @JsonProperty public Duration timeout = Duration.seconds(10);
    }

    /** {@code notifications.webhook:} an SMS or chat bridge; each POST carries an HMAC-SHA256 signature. */
    public static class Webhook {
        @JsonProperty public String url;
        @JsonProperty public String secret;
        @NotNull @JsonProperty public Duration timeout = Duration.seconds(10);
    }

    /**
     * {@code notifications.sms:} the gateway replies to SMS tipsters go through (Twilio's Messages API shape); off
     * until {@code baseUrl}, {@code accountSid} and {@code from} are set. The token may come from the environment
     * ({@code BELLWETHER_SMS_AUTH_TOKEN}).
     */
    public static class Sms {
        @JsonProperty public String baseUrl;
        @JsonProperty public String accountSid;
        @JsonProperty public String authToken;
        @JsonProperty public String from;
        @NotNull @JsonProperty public Duration timeout = Duration.seconds(10);
    }

    /** {@code notifications.outbox:} polling and exponential backoff. */
    public static class Outbox {
        @NotNull @JsonProperty public Duration pollInterval = Duration.seconds(1);
        @Min(1) @JsonProperty public int batchSize = 50;
        @Min(1) @JsonProperty public int maxAttempts = 20;
        @NotNull @JsonProperty public Duration backoffBase = Duration.seconds(2);
        @NotNull @JsonProperty public Duration backoffMax = Duration.minutes(15);
    }
}
