package org.bellwether.api.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bellwether.api.notify.db.OutboxRow;
import org.bellwether.model.Json;

/**
 * POSTs outbox rows to the SMS or chat bridge as JSON, signed: {@code X-Bellwether-Timestamp: <epoch seconds>} and
 * {@code X-Bellwether-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>};
 * {@code X-Bellwether-Delivery} is the outbox id, for the bridge to drop repeats. 2xx is delivered. Thread-safe.
 */
public final class WebhookSender implements NotificationSender {
    private final WebhookSettings settings;
    private final HttpClient client;
    private final Clock clock;

    public WebhookSender(WebhookSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String channel() {
        return Notification.WEBHOOK;
    }

    @Override
    public String send(OutboxRow row, String recipient) throws IOException, InterruptedException {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deliveryId", row.id());
        payload.put("to", recipient);
        payload.put("message", Json.mapper().readTree(row.body()));
        String body = Json.writeString(payload);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("X-Bellwether-Delivery", Long.toString(row.id()))
                .header("X-Bellwether-Timestamp", timestamp)
                .header("X-Bellwether-Signature", "sha256=" + sign(settings.secret(), timestamp + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("webhook answered " + response.statusCode());
        }
        return null;
    }

    /** Hex HMAC-SHA256, as the receiving bridge recomputes it. */
    public static String sign(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec((secret == null ? "" : secret).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
