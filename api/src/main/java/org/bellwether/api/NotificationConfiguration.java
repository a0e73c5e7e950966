package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.bellwether.api.notify.OutboxSettings;
import org.bellwether.api.notify.SmtpSettings;
import org.bellwether.api.notify.WebhookSettings;

/** {@code notifications:} SMTP, the signed webhook and the outbox's retry policy. */
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

    public Smtp getSmtp() {
        return smtp;
    }

    public Webhook getWebhook() {
        return webhook;
    }

    public Outbox getOutbox() {
        return outbox;
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

    /** {@code notifications.outbox:} polling and exponential backoff. */
    public static class Outbox {
        @NotNull @JsonProperty public Duration pollInterval = Duration.seconds(1);
        @Min(1) @JsonProperty public int batchSize = 50;
        @Min(1) @JsonProperty public int maxAttempts = 20;
        @NotNull @JsonProperty public Duration backoffBase = Duration.seconds(2);
        @NotNull @JsonProperty public Duration backoffMax = Duration.minutes(15);
    }
}
