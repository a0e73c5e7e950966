package org.bellwether.api.users.db;

import java.time.Instant;

/** A row of {@code users}. */
public record UserRow(long id, String username, String displayName, String email, String passwordHash, String role,
                      boolean active, int failedLogins, Instant lockedUntil, Instant createdAt, Instant updatedAt,
                      String language, String timeZone) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
