package org.bellwether.api.users;

import java.time.Instant;

/** An account as admins and its owner see it (never the hash). */
public record UserView(long id, String username, String displayName, String email, String role, boolean active,
                       boolean locked, Instant createdAt, String language, String timeZone) {
    public static UserView of(User user, Instant now) {
        return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.role(), user.active(),
                user.lockedAt(now), user.createdAt(), user.language(), user.timeZone());
    }
}
