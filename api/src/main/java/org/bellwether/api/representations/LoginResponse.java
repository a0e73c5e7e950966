package org.bellwether.api.representations;

import java.time.Instant;

/** A bearer token for {@code Authorization: Bearer <token>}, valid until {@code expiresAt}. */
public record LoginResponse(String token, String tokenType, Instant expiresAt, UserView user) {
}
