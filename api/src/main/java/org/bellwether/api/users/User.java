package org.bellwether.api.users;

import java.time.Instant;
import org.bellwether.api.users.db.UserRow;

/**
 * An account: who may sign in, with which role, and its own settings (language, time zone; null when not chosen).
 * Never carries the password hash.
 */
public record User(long id, String username, String displayName, String email, String role, boolean active,
                   Instant lockedUntil, Instant createdAt, String language, String timeZone) {

    public static User of(UserRow row) {
        return new User(row.id(), row.username(), row.displayName(), row.email(), row.role(), row.active(),
                row.lockedUntil(), row.createdAt(), row.language(), row.timeZone());
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
