package org.bellwether.api.intake.chat;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.model.Json;

/**
 * Telegram Bot API replies: {@code POST /bot{token}/sendMessage} with {@code chat_id} and {@code text}, and an
 * inline keyboard button (callback data {@code consent:yes}) when the reply asks for consent. Thread-safe.
 */
public final class TelegramSender extends ChatReplySender {
    private final TelegramSettings settings;

    public TelegramSender(TelegramSettings settings, CollectorCounters counters, Clock clock) {
        super(settings.timeout(), counters, clock);
        this.settings = settings;
    }

    @Override
    public String channel() {
        return ChatPlatform.TELEGRAM.channel();
    }

    @Override
    HttpRequest.Builder request(String chatId, ChatReply reply) {
        return HttpRequest.newBuilder(uri(settings.sendMessageUrl())).POST(json(body(chatId, reply)));
    }

    @Override
    boolean accepted(String body) {
        return Json.read(body, Map.class).get("ok") == Boolean.TRUE;
    }

    @Override
    String messageId(String body) {
        String id = Json.read(body, com.fasterxml.jackson.databind.JsonNode.class).path("result").path("message_id")
                .asText("");
        return id.isEmpty() ? null : id;
    }

    /** The {@code sendMessage} parameters. */
    static Map<String, Object> body(String chatId, ChatReply reply) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chat_id", chatId);
        body.put("text", reply.text());
        if (reply.button() != null) {
            body.put("reply_markup", Map.of("inline_keyboard", List.of(List.of(
                    Map.of("text", reply.button(), "callback_data", ChatMessage.CONSENT_PAYLOAD)))));
        }
        return body;
    }
}
