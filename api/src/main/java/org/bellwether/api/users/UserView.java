package org.bellwether.api.users;

import java.time.Instant;
import org.bellwether.api.users.db.UserRow;

/** An account as admins and its owner see it (never the hash). */
public record UserView(long id, String username, String displayName, String email, String role, boolean active,
                       boolean locked, Instant createdAt) {
    public static UserView of(UserRow row, Instant now) {
        return new UserView(row.id(), row.username(), row.displayName(), row.email(), row.role(), row.active(),
                row.lockedAt(now), row.createdAt());
    }
}
