package org.bellwether.api.intake.chat;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.model.Json;

/**
 * WhatsApp Cloud API replies: {@code POST /{version}/{phone-number-id}/messages} with the access token as bearer; a
 * text message, or an interactive reply-button message when the reply asks for consent. Thread-safe.
 */
public final class WhatsAppSender extends ChatReplySender {
    private final WhatsAppSettings settings;

    public WhatsAppSender(WhatsAppSettings settings, CollectorCounters counters, Clock clock) {
        super(settings.timeout(), counters, clock);
        this.settings = settings;
    }

    @Override
    public String channel() {
        return ChatPlatform.WHATSAPP.channel();
    }

    @Override
    HttpRequest.Builder request(String chatId, ChatReply reply) {
        return HttpRequest.newBuilder(uri(settings.messagesUrl()))
                .header("Authorization", "Bearer " + settings.accessToken())
                .POST(json(body(chatId, reply)));
    }

    @Override
    String messageId(String body) {
        String id = Json.read(body, com.fasterxml.jackson.databind.JsonNode.class).path("messages").path(0).path("id")
                .asText("");
        return id.isEmpty() ? null : id;
    }

    /** The Cloud API's message object. */
    static Map<String, Object> body(String to, ChatReply reply) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", to);
        if (reply.button() == null) {
            body.put("type", "text");
            body.put("text", Map.of("preview_url", false, "body", reply.text()));
        } else {
            body.put("type", "interactive");
            body.put("interactive", Map.of(
                    "type", "button",
                    "body", Map.of("text", reply.text()),
                    "action", Map.of("buttons", List.of(Map.of("type", "reply",
                            "reply", Map.of("id", ChatMessage.CONSENT_PAYLOAD, "title", reply.button()))))));
        }
        return body;
    }
}
