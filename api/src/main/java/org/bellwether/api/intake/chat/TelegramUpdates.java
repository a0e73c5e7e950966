package org.bellwether.api.intake.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Telegram Bot API {@code Update}: a {@code message} (text or a media caption, its {@code url} and
 * {@code text_link} entities, the public origin of a forwarded channel post as its {@code t.me} link) or a
 * {@code callback_query} from the consent button. Other updates (edits, joins) and messages in groups carry nothing
 * to take. Thread-safe.
 */
public final class TelegramUpdates {
    private TelegramUpdates() {
    }

    /** The message of an update, if it has one; throws on a body that is not JSON. */
    public static Optional<ChatMessage> message(byte[] body) throws IOException {
        JsonNode update = org.bellwether.model.Json.mapper().readTree(body);
        String updateId = update.path("update_id").asText("");
        JsonNode callback = update.path("callback_query");
        if (!callback.isMissingNode()) {
            JsonNode chat = callback.path("message").path("chat");
            String chatId = chat.path("id").asText(callback.path("from").path("id").asText(""));
            String data = callback.path("data").asText("");
            return Optional.of(new ChatMessage(updateId, chatId, language(callback.path("from")), data, List.of(), 0,
                    false, ChatMessage.CONSENT_PAYLOAD.equals(data), null));
        }
        JsonNode message = update.path("message");
        if (message.isMissingNode() || message.path("chat").path("id").isMissingNode()
                || !message.path("chat").path("type").asText("private").equals("private")) {
            return Optional.empty(); // a tip line is a private chat: a group the bot was added to is not read
        }
        String text = message.has("text") ? message.path("text").asText("") : message.path("caption").asText("");
        List<String> urls = new ArrayList<>();
        JsonNode entities = message.has("entities") ? message.path("entities") : message.path("caption_entities");
        for (JsonNode entity : entities) {
            String type = entity.path("type").asText("");
            if (type.equals("text_link")) {
                urls.add(entity.path("url").asText(""));
            } else if (type.equals("url")) {
                urls.add(slice(text, entity.path("offset").asInt(), entity.path("length").asInt()));
            }
        }
        boolean forwarded = message.has("forward_origin") || message.has("forward_from")
                || message.has("forward_from_chat") || message.has("forward_date");
        origin(message).ifPresent(urls::add);
        int images = 0;
        for (String media : new String[] {"photo", "video", "document", "animation", "sticker", "voice", "audio"}) {
            if (message.has(media)) {
                images = 1;
            }
        }
        long seconds = message.path("date").asLong(0);
        return Optional.of(new ChatMessage(updateId, message.path("chat").path("id").asText(),
                language(message.path("from")), text, urls, images, forwarded, false,
                seconds > 0 ? Instant.ofEpochSecond(seconds) : null));
    }

    /** {@code https://t.me/<channel>/<post>} of a post forwarded from a public channel. */
    private static Optional<String> origin(JsonNode message) {
        JsonNode origin = message.path("forward_origin");
        String username = origin.path("chat").path("username").asText("");
        String post = origin.path("message_id").asText("");
        if (username.isEmpty()) {
            username = message.path("forward_from_chat").path("username").asText("");
            post = message.path("forward_from_message_id").asText("");
        }
        if (username.matches("[A-Za-z0-9_]{4,32}") && post.matches("\\d+")) {
            return Optional.of("https://t.me/" + username + "/" + post);
        }
        return Optional.empty();
    }

    private static String language(JsonNode user) {
        String code = user.path("language_code").asText("");
        return code.isEmpty() ? null : code;
    }

    /** Telegram counts offsets in UTF-16 code units, as Java strings do. */
    private static String slice(String text, int offset, int length) {
        if (offset < 0 || length <= 0 || offset + length > text.length()) {
            return "";
        }
        return text.substring(offset, offset + length);
    }
}
