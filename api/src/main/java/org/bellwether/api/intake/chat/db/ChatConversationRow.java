package org.bellwether.api.intake.chat.db;

import java.time.Instant;

/** A row of {@code chat_conversations}. */
public record ChatConversationRow(String platform, String chatHash, String chatSealed, String state, String language,
                                  String pendingSealed, Instant updatedAt) {
}
