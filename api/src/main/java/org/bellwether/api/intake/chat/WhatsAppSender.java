package org.bellwether.api.intake.chat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.api.notify.NotificationRefused;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.model.Json;

/**
 * WhatsApp Cloud API replies: {@code POST /{version}/{phone-number-id}/messages} with the access token as bearer; a
 * text message, an interactive reply-button message when the reply asks for consent, or a template message when the
 * reply names an approved template (an offer, which may go to a messenger outside the 24-hour window). A message
 * refused because the window is closed (error 131047) or because the template is not approved fails at once: no
 * retry changes it. Thread-safe.
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

    /**
     * The Cloud API's error, {@code {"error":{"message","code","error_data":{"details"}}}}: 131047 (more than 24
     * hours since the person last wrote) and 132000–132015 (the template is missing, not approved, or its
     * parameters do not match) are refusals no retry changes.
     */
    @Override
    IOException refusal(int status, String body) {
        com.fasterxml.jackson.databind.JsonNode error;
        try {
            error = Json.read(body, com.fasterxml.jackson.databind.JsonNode.class).path("error");
        } catch (RuntimeException e) {
            return super.refusal(status, body);
        }
        int code = error.path("code").asInt(0);
        String details = error.path("error_data").path("details").asText(error.path("message").asText(""));
        if (code == 131047) {
            return new NotificationRefused("WhatsApp error 131047: outside the 24-hour window, a message must be an"
                    + " approved template (notifications.offers.whatsappTemplates); " + details);
        }
        if (code >= 132000 && code <= 132015) {
            return new NotificationRefused("WhatsApp error " + code + ": the template was refused; " + details);
        }
        return super.refusal(status, body);
    }

    /** The Cloud API's message object. */
    static Map<String, Object> body(String to, ChatReply reply) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", to);
        if (reply.template() != null) {
            body.put("type", "template");
            body.put("template", Map.of(
                    "name", reply.template().name(),
                    "language", Map.of("code", reply.template().language()),
                    "components", List.of(Map.of("type", "body", "parameters", reply.template().parameters()
                            .stream().map(value -> Map.of("type", "text", "text", value)).toList()))));
        } else if (reply.button() == null) {
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
