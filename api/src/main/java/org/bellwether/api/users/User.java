package org.bellwether.api.users;

import java.time.Instant;
import org.bellwether.api.users.db.UserRow;

/** An account: who may sign in, with which role. Never carries the password hash. */
public record User(long id, String username, String displayName, String email, String role, boolean active,
                   Instant lockedUntil, Instant createdAt) {

    public static User of(UserRow row) {
        return new User(row.id(), row.username(), row.displayName(), row.email(), row.role(), row.active(),
                row.lockedUntil(), row.createdAt());
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
