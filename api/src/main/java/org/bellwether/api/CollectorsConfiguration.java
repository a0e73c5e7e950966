package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code collectors:} the tip lines and partner webhooks this api node serves to the public, the watchlist it lets
 * admins edit, and whether it also runs the live sources itself (a one-node deployment, and dev mode).
 */
public class CollectorsConfiguration {
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

    /** Run the watchlist's live sources (RSS, Mastodon, Jetstream) in this process. Enable on one node only. */
    @JsonProperty
    private boolean live;

    /** The watchlist YAML to start from until an admin publishes one; empty for none. */
    @JsonProperty
    private String watchlist = "";

    /** Transactional id of this node's collector sink; unique per running node. Empty: derived at start. */
    @JsonProperty
    private String transactionalId = "";

    public void setLive(boolean live) {
        this.live = live;
    }

    public CollectorsSettings build() {
        return new CollectorsSettings(tips, twilioAuthToken == null ? "" : twilioAuthToken,
                twilioPublicUrl == null ? "" : twilioPublicUrl, Map.copyOf(partners), live,
                watchlist == null || watchlist.isBlank() ? null : Path.of(watchlist),
                transactionalId == null || transactionalId.isBlank()
                        ? "bellwether-api-" + java.util.UUID.randomUUID() : transactionalId);
    }

    /**
     * @param tips            serve the tip form
     * @param twilioAuthToken empty disables the SMS webhook
     * @param twilioPublicUrl URL Twilio signs
     * @param partners        partner secrets
     * @param live            run live sources here
     * @param watchlist       initial watchlist file, or null
     * @param transactionalId the collector sink's transactional id
     */
    public record CollectorsSettings(boolean tips, String twilioAuthToken, String twilioPublicUrl,
                                     Map<String, String> partners, boolean live, Path watchlist,
                                     String transactionalId) {
    }
}
