package org.bellwether.api.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.intake.chat.TelegramSettings;
import org.bellwether.api.intake.chat.WhatsAppSettings;
import org.bellwether.api.intake.tips.ImapSettings;
import org.bellwether.ingest.watchlist.Watchlist;
import org.bellwether.ingest.watchlist.WatchlistYaml;

/**
 * {@code intake:} the public entry points this api node serves (the tip form, the SMS, WhatsApp and Telegram tip
 * lines, partner webhooks), the e-mail tip inbox it reads, and the watchlist it lets admins edit. The live sources
 * themselves run in {@code bellwether collect} processes (and inside {@code bellwether dev}), never on an api node.
 */
public class IntakeConfiguration {
    /** Serve the public tip form at {@code /tips} (and the SMS webhook when a Twilio token is set). */
    @JsonProperty
    private boolean tips = true;

    /** Twilio auth token validating {@code X-Twilio-Signature}; empty disables the SMS webhook. */
    @JsonProperty
    private String twilioAuthToken = "";

    /** The public URL Twilio posts to, as Twilio signs it, e.g. {@code https://city.example/tips/sms}. */
    @JsonProperty
    private String twilioPublicUrl = "";

    /**
     * Origins besides the form's own site whose pages may post the tip form, e.g. {@code https://www.city.example};
     * none by default.
     */
    @JsonProperty
    private List<String> allowedOrigins = new ArrayList<>();

    /**
     * The secret that signs the tip form's per-form tokens; the same on every api node behind one address. Empty: a
     * random secret of this process (a form is then only accepted by the node that served it).
     */
    @JsonProperty
    private String formTokenSecret = "";

    /** How long a tip form may stay open before it is sent. */
    @JsonProperty
    private Duration formTokenValidity = Duration.hours(2);

    /** Partner name to shared secret for {@code /webhooks/partners/{partner}}; none by default. */
    @JsonProperty
    private Map<String, String> partners = new LinkedHashMap<>();

    /** The watchlist YAML to start from until an admin publishes one; empty for none. */
    @JsonProperty
    private String watchlist = "";

    /** Transactional id of this node's intake sink; unique per running node. Empty: derived at start. */
    @JsonProperty
    private String transactionalId = "";

    /** The e-mail tip inbox; absent: no inbox is read. */
    @JsonProperty
    private ImapConfiguration imap;

    /** The WhatsApp tip line at {@code /tips/whatsapp}; off unless enabled. */
    @JsonProperty
    private WhatsAppConfiguration whatsapp = new WhatsAppConfiguration();

    /** The Telegram tip line at {@code /tips/telegram}; off unless enabled. */
    @JsonProperty
    private TelegramConfiguration telegram = new TelegramConfiguration();

    public WhatsAppConfiguration getWhatsapp() {
        return whatsapp;
    }

    public TelegramConfiguration getTelegram() {
        return telegram;
    }

    public IntakeSettings build() {
        return new IntakeSettings(tips, List.copyOf(allowedOrigins), formTokenSecret == null ? "" : formTokenSecret,
                java.time.Duration.ofMillis(formTokenValidity.toMilliseconds()),
                twilioAuthToken == null ? "" : twilioAuthToken,
                twilioPublicUrl == null ? "" : twilioPublicUrl, Map.copyOf(partners),
                watchlist == null || watchlist.isBlank() ? null : Path.of(watchlist),
                transactionalId == null || transactionalId.isBlank()
                        ? "bellwether-api-" + UUID.randomUUID() : transactionalId,
                imap == null || imap.host == null || imap.host.isBlank() ? null : imap.build(),
                whatsapp == null ? WhatsAppSettings.DISABLED : whatsapp.build(),
                telegram == null ? TelegramSettings.DISABLED : telegram.build());
    }

    private static String required(boolean enabled, String value, String name) {
        String trimmed = value == null ? "" : value.trim();
        if (enabled && trimmed.isEmpty()) {
            throw new IllegalArgumentException(name + " is required when the line is enabled");
        }
        return trimmed;
    }

    /**
     * {@code intake.whatsapp:} the WhatsApp Business Cloud API line. The secrets come from the environment
     * ({@code ${BELLWETHER_WHATSAPP_APP_SECRET}} etc.); an enabled line without them does not start.
     */
    public static class WhatsAppConfiguration {
        @JsonProperty
        private boolean enabled;

        @JsonProperty
        private String verifyToken = "";

        @JsonProperty
        private String appSecret = "";

        @JsonProperty
        private String accessToken = "";

        @JsonProperty
        private String phoneNumberId = "";

        @JsonProperty
        private String apiBaseUrl = "https://graph.facebook.com";

        @JsonProperty
        private String apiVersion = "v21.0";

        @JsonProperty
        private Duration timeout = Duration.seconds(10);

        public void enable(String verifyToken, String appSecret, String accessToken, String phoneNumberId) {
            this.enabled = true;
            this.verifyToken = verifyToken;
            this.appSecret = appSecret;
            this.accessToken = accessToken;
            this.phoneNumberId = phoneNumberId;
        }

        public void setApiBaseUrl(String apiBaseUrl) {
            this.apiBaseUrl = apiBaseUrl;
        }

        WhatsAppSettings build() {
            return new WhatsAppSettings(enabled, required(enabled, verifyToken, "intake.whatsapp.verifyToken"),
                    required(enabled, appSecret, "intake.whatsapp.appSecret"),
                    required(enabled, accessToken, "intake.whatsapp.accessToken"),
                    required(enabled, phoneNumberId, "intake.whatsapp.phoneNumberId"),
                    required(enabled, apiBaseUrl, "intake.whatsapp.apiBaseUrl"),
                    required(enabled, apiVersion, "intake.whatsapp.apiVersion"),
                    java.time.Duration.ofMillis(timeout.toMilliseconds()));
        }
    }

    /**
     * {@code intake.telegram:} the Telegram Bot API line. The bot token and the webhook's secret token come from the
     * environment; an enabled line without them does not start.
     */
    public static class TelegramConfiguration {
        @JsonProperty
        private boolean enabled;

        @JsonProperty
        private String botToken = "";

        @JsonProperty
        private String secretToken = "";

        @JsonProperty
        private String apiBaseUrl = "https://api.telegram.org";

        @JsonProperty
        private Duration timeout = Duration.seconds(10);

        /** The bot's username (as {@code @BotFather} gave it), for the messengers' {@code t.me} links; empty for none. */
        @JsonProperty
        private String botUsername = "";

        public void enable(String botToken, String secretToken) {
            this.enabled = true;
            this.botToken = botToken;
            this.secretToken = secretToken;
        }

        public void setApiBaseUrl(String apiBaseUrl) {
            this.apiBaseUrl = apiBaseUrl;
        }

        TelegramSettings build() {
            return new TelegramSettings(enabled, required(enabled, botToken, "intake.telegram.botToken"),
                    required(enabled, secretToken, "intake.telegram.secretToken"),
                    required(enabled, apiBaseUrl, "intake.telegram.apiBaseUrl"),
                    java.time.Duration.ofMillis(timeout.toMilliseconds()),
                    botUsername == null ? "" : botUsername.strip().replaceFirst("^@", ""));
        }
    }

    /**
     * {@code intake.imap:} the tip mailbox read over IMAP. The password comes from the environment
     * ({@code ${BELLWETHER_IMAP_PASSWORD}}).
     */
    public static class ImapConfiguration {
        @JsonProperty
        private String host;

        /** 993 with {@code ssl} (IMAPS), 143 without. */
        @JsonProperty
        private Integer port;

        @JsonProperty
        private boolean ssl = true;

        @JsonProperty
        private String user = "";

        @JsonProperty
        private String password = "";

        @JsonProperty
        private String folder = "INBOX";

        @JsonProperty
        private Duration interval = Duration.minutes(1);

        ImapSettings build() {
            return new ImapSettings(host, port == null ? (ssl ? 993 : 143) : port, ssl, user, password, folder,
                    java.time.Duration.ofMillis(interval.toMilliseconds()));
        }
    }

    /**
     * @param tips            serve the tip form
     * @param allowedOrigins  origins besides the form's own whose pages may post it
     * @param formTokenSecret signs the per-form tokens; empty for a random one
     * @param formTokenValidity how long a served form stays valid
     * @param twilioAuthToken empty disables the SMS webhook
     * @param twilioPublicUrl URL Twilio signs
     * @param partners        partner secrets
     * @param watchlist       initial watchlist file, or null
     * @param transactionalId the intake sink's transactional id
     * @param imap            the tip mailbox, or null for none
     * @param whatsapp        the WhatsApp tip line
     * @param telegram        the Telegram tip line
     */
    public record IntakeSettings(boolean tips, List<String> allowedOrigins, String formTokenSecret,
                                 java.time.Duration formTokenValidity, String twilioAuthToken, String twilioPublicUrl,
                                 Map<String, String> partners, Path watchlist, String transactionalId,
                                 ImapSettings imap, WhatsAppSettings whatsapp, TelegramSettings telegram) {
        /** The watchlist in force until an admin publishes one. */
        public Watchlist initialWatchlist() {
            if (watchlist == null) {
                return Watchlist.EMPTY;
            }
            try {
                return WatchlistYaml.read(watchlist);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read watchlist " + watchlist, e);
            }
        }
    }
}
