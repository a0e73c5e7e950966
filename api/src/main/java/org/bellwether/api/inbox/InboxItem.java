package org.bellwether.api.inbox;

import java.time.Instant;
import org.bellwether.api.inbox.db.InboxRow;

/** What a user finds in the in-app inbox (JSON body too). */
public record InboxItem(long id, String kind, String title, String body, String link, Instant createdAt,
                        Instant readAt) {
    static InboxItem of(InboxRow row) {
        return new InboxItem(row.id(), row.kind(), row.title(), row.body(), row.link(), row.createdAt(),
                row.readAt());
    }
}
