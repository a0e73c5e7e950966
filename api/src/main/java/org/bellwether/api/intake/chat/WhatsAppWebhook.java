package org.bellwether.api.intake.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.api.notify.WebhookSender;
import org.bellwether.model.Json;

/**
 * The WhatsApp Cloud API's webhook: the {@code X-Hub-Signature-256} check and the messages of a notification
 * ({@code entry[].changes[].value.messages[]}; delivery {@code statuses} carry no message and are skipped). Text,
 * media captions, interactive button replies and template quick-reply buttons are read; media are counted only.
 * Thread-safe.
 */
public final class WhatsAppWebhook {
    private WhatsAppWebhook() {
    }

    /** {@code sha256=<hex HMAC-SHA256(app secret, raw body)>}, compared in constant time. */
    public static boolean validSignature(String appSecret, byte[] body, String header) {
        if (appSecret == null || appSecret.isEmpty() || header == null || !header.startsWith("sha256=")) {
            return false;
        }
        String expected = "sha256=" + WebhookSender.sign(appSecret, new String(body, StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                header.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The messages of a notification, in order; throws on a body that is not JSON. */
    public static List<ChatMessage> messages(byte[] body) throws IOException {
        JsonNode root = Json.mapper().readTree(body);
        List<ChatMessage> out = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                for (JsonNode message : change.path("value").path("messages")) {
                    out.add(message(message));
                }
            }
        }
        return out;
    }

    /** A delivery report of a message the line sent: {@code sent}, {@code delivered}, {@code read} or {@code failed}. */
    public record Status(String messageId, String status, Instant at, String error) {
    }

    /** The delivery reports of a notification ({@code entry[].changes[].value.statuses[]}), in order. */
    public static List<Status> statuses(byte[] body) throws IOException {
        JsonNode root = Json.mapper().readTree(body);
        List<Status> out = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                for (JsonNode status : change.path("value").path("statuses")) {
                    long seconds = status.path("timestamp").asLong(0);
                    JsonNode error = status.path("errors").path(0);
                    String text = error.isMissingNode() ? null : (error.path("code").asText("") + " "
                            + error.path("title").asText("") + " "
                            + error.path("error_data").path("details").asText("")).strip();
                    out.add(new Status(status.path("id").asText(""), status.path("status").asText(""),
                            seconds > 0 ? Instant.ofEpochSecond(seconds) : null, text));
                }
            }
        }
        return out;
    }

    private static ChatMessage message(JsonNode message) {
        String type = message.path("type").asText("");
        String text = "";
        boolean consent = false;
        int images = 0;
        switch (type) {
            case "text" -> text = message.path("text").path("body").asText("");
            case "interactive" -> {
                JsonNode reply = message.path("interactive").path("button_reply");
                consent = ChatMessage.CONSENT_PAYLOAD.equals(reply.path("id").asText());
                text = reply.path("title").asText("");
            }
            case "button" -> {
                consent = ChatMessage.CONSENT_PAYLOAD.equals(message.path("button").path("payload").asText());
                text = message.path("button").path("text").asText("");
            }
            case "image", "video", "document", "sticker", "audio" -> {
                images = 1;
                text = message.path(type).path("caption").asText("");
            }
            default -> text = "";
        }
        long seconds = message.path("timestamp").asLong(0);
        return new ChatMessage(message.path("id").asText(""), message.path("from").asText(""), null, text,
                List.of(), images, message.path("context").path("forwarded").asBoolean(false)
                        || message.path("context").path("frequently_forwarded").asBoolean(false),
                consent, seconds > 0 ? Instant.ofEpochSecond(seconds) : null);
    }
}
