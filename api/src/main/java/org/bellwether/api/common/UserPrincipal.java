package org.bellwether.api.common;

import java.security.Principal;
import java.time.Instant;

/**
 * The signed-in user of a request.
 *
 * @param userId    users.id
 * @param username  log-in name
 * @param role      one of {@link Roles}
 * @param expiresAt when the credential stops being valid
 */
public record UserPrincipal(long userId, String username, String role, Instant expiresAt) implements Principal {
    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(String wanted) {
        return role.equals(wanted);
    }

    public boolean isStaff() {
        return Roles.OFFICER.equals(role) || Roles.ADMIN.equals(role);
    }
}
