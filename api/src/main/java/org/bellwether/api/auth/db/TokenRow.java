package org.bellwether.api.auth.db;

import java.time.Instant;

/** A bearer token joined with its user. */
public record TokenRow(String tokenHash, long userId, String username, String role, boolean active,
                       Instant expiresAt, Instant revokedAt) {
}
