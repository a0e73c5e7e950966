package org.bellwether.api.inbox.db;

import java.time.Instant;

/** A row of {@code inbox_items}. */
public record InboxRow(long id, long userId, String kind, String title, String body, String link, Instant createdAt,
                       Instant readAt) {
}
