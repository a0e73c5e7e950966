package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bellwether.api.notify.OfferLinks;
import org.bellwether.api.notify.OutboxSettings;
import org.bellwether.api.notify.SmsSettings;
import org.bellwether.api.notify.SmtpSettings;
import org.bellwether.api.notify.WebhookSettings;
import org.bellwether.api.notify.WhatsAppTemplates;

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

    @NotNull
    @JsonProperty
    private Offers offers = new Offers();

    public Sms getSms() {
        return sms;
    }

    public Offers getOffers() {
        return offers;
    }

    /**
     * The offer key: {@code notifications.offers.key}, else {@code BELLWETHER_OFFER_KEY}, else (dev mode only) the dev
     * key. Outside dev mode a missing key stops the start: links signed with a known key could be forged.
     */
    public OfferLinks buildOfferLinks(boolean devMode, Map<String, String> env) {
        String key = notBlank(offers.key) ? offers.key : env.get("BELLWETHER_OFFER_KEY");
        if (!notBlank(key)) {
            if (!devMode) {
                throw new IllegalStateException("notifications.offers.key (or BELLWETHER_OFFER_KEY) is required "
                        + "outside dev mode: it signs the links in offer messages");
            }
            key = OfferLinks.DEV_KEY;
        }
        return new OfferLinks(key, offers.publicUrl);
    }

    public SmsSettings buildSms() {
        String token = sms.authToken != null && !sms.authToken.isBlank() ? sms.authToken
                : System.getenv("BELLWETHER_SMS_AUTH_TOKEN");
        boolean enabled = notBlank(sms.baseUrl) && notBlank(sms.accountSid) && notBlank(sms.from);
        return new SmsSettings(enabled, sms.baseUrl, sms.accountSid, token, sms.from, sms.timeout.toJavaDuration(),
                notBlank(sms.statusCallback) ? sms.statusCallback : null);
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
        /** The public URL of {@code /tips/sms/status}, where the gateway reports delivery; empty for none. */
        @JsonProperty public String statusCallback;
        @NotNull @JsonProperty public Duration timeout = Duration.seconds(10);
    }

    /**
     * {@code notifications.offers:} the key that signs offer links and derives reply codes and address hashes (from
     * the environment), and the public URL of the dashboard the links point to.
     */
    public static class Offers {
        @JsonProperty public String key;
        @JsonProperty public String publicUrl = "";
        /** Per messenger language ({@code en}, {@code es}, {@code fr}, {@code ar}): the approved WhatsApp templates. */
        @NotNull @JsonProperty public Map<String, WhatsAppTemplate> whatsappTemplates = new java.util.HashMap<>();
    }

    /**
     * One language's approved WhatsApp templates: the offer's and the reminder's names (either may be left out, and
     * that message goes as text), the language code they were approved under ({@code en_US}; the language itself
     * when left out) and the order of their body parameters, each of {@code name}, {@code label}, {@code code},
     * {@code link}, {@code deadline} (a list, or one comma-separated string; {@code label, code, link, deadline} when
     * left out).
     */
    public static class WhatsAppTemplate {
        @JsonProperty public String offer;
        @JsonProperty public String reminder;
        @JsonProperty public String language;
        @JsonProperty
        @com.fasterxml.jackson.annotation.JsonFormat(
                with = com.fasterxml.jackson.annotation.JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        public List<String> parameters = new ArrayList<>();
    }

    /** The approved WhatsApp templates of offers and reminders; a parameter that is not an offer's value stops the start. */
    public WhatsAppTemplates buildWhatsAppTemplates() {
        Map<String, WhatsAppTemplates.Language> languages = new java.util.HashMap<>();
        offers.whatsappTemplates.forEach((language, template) -> languages.put(language.toLowerCase(Locale.ROOT),
                new WhatsAppTemplates.Language(blankToNull(template.offer), blankToNull(template.reminder),
                        notBlank(template.language) ? template.language : language,
                        template.parameters.stream().flatMap(p -> Arrays.stream(p.split(",")))
                                .map(String::strip).filter(p -> !p.isEmpty()).toList())));
        return new WhatsAppTemplates(languages);
    }

    private static String blankToNull(String value) {
        return notBlank(value) ? value : null;
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
