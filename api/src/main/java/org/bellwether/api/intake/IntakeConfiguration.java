package org.bellwether.api.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.intake.tips.ImapSettings;
import org.bellwether.ingest.watchlist.Watchlist;
import org.bellwether.ingest.watchlist.WatchlistYaml;

/**
 * {@code intake:} the public entry points this api node serves (the tip form, the SMS webhook, partner webhooks),
 * the e-mail tip inbox it reads, and the watchlist it lets admins edit. The live sources themselves run in
 * {@code bellwether collect} processes (and inside {@code bellwether dev}), never on an api node.
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

    public IntakeSettings build() {
        return new IntakeSettings(tips, twilioAuthToken == null ? "" : twilioAuthToken,
                twilioPublicUrl == null ? "" : twilioPublicUrl, Map.copyOf(partners),
                watchlist == null || watchlist.isBlank() ? null : Path.of(watchlist),
                transactionalId == null || transactionalId.isBlank()
                        ? "bellwether-api-" + UUID.randomUUID() : transactionalId,
                imap == null || imap.host == null || imap.host.isBlank() ? null : imap.build());
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
     * @param twilioAuthToken empty disables the SMS webhook
     * @param twilioPublicUrl URL Twilio signs
     * @param partners        partner secrets
     * @param watchlist       initial watchlist file, or null
     * @param transactionalId the intake sink's transactional id
     * @param imap            the tip mailbox, or null for none
     */
    public record IntakeSettings(boolean tips, String twilioAuthToken, String twilioPublicUrl,
                                 Map<String, String> partners, Path watchlist, String transactionalId,
                                 ImapSettings imap) {
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
