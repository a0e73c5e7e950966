package org.bellwether.api.intake.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.model.Json;

/** Webhook bodies as the platforms document them, for tests. */
public final class ChatPayloads {
    private ChatPayloads() {
    }

    /** A WhatsApp Cloud API {@code messages} notification with one message. */
    public static String whatsapp(String waId, String messageId, Map<String, Object> message) {
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("from", waId);
        full.put("id", messageId);
        full.put("timestamp", "1764979200");
        full.putAll(message);
        return Json.writeString(Map.of("object", "whatsapp_business_account", "entry", List.of(Map.of(
                "id", "102290129340398", "changes", List.of(Map.of("field", "messages", "value", Map.of(
                        "messaging_product", "whatsapp",
                        "metadata", Map.of("display_phone_number", "15550783881", "phone_number_id",
                                "106540352242922"),
                        "contacts", List.of(Map.of("profile", Map.of("name", "Sheena Nelson"), "wa_id", waId)),
                        "messages", List.of(full))))))));
    }

    public static String whatsappText(String waId, String messageId, String text) {
        return whatsapp(waId, messageId, Map.of("type", "text", "text", Map.of("body", text)));
    }

    /** A Telegram {@code Update} with a private text message. */
    public static String telegramText(long updateId, long chatId, String languageCode, String text) {
        return telegram(updateId, chatId, languageCode, Map.of("text", text));
    }

    public static String telegram(long updateId, long chatId, String languageCode, Map<String, Object> content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("message_id", updateId % 1000);
        Map<String, Object> from = new LinkedHashMap<>(Map.of("id", chatId, "is_bot", false, "first_name", "Ana"));
        if (languageCode != null) {
            from.put("language_code", languageCode);
        }
        message.put("from", from);
        message.put("chat", Map.of("id", chatId, "first_name", "Ana", "type", "private"));
        message.put("date", 1764979200);
        message.putAll(content);
        return Json.writeString(Map.of("update_id", updateId, "message", message));
    }

    /** The consent button pressed under the bot's question. */
    public static String telegramConsent(long updateId, long chatId, String languageCode) {
        return Json.writeString(Map.of("update_id", updateId, "callback_query", Map.of(
                "id", "4382bfdwdsb323b2d9", "chat_instance", "-1234",
                "from", Map.of("id", chatId, "is_bot", false, "first_name", "Ana", "language_code", languageCode),
                "message", Map.of("message_id", 7, "date", 1764979200,
                        "chat", Map.of("id", chatId, "type", "private")),
                "data", ChatMessage.CONSENT_PAYLOAD)));
    }
}
