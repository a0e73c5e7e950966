package org.bellwether.api.auth;

import java.time.Instant;
import org.bellwether.api.users.UserView;

/** A bearer token for {@code Authorization: Bearer <token>}, valid until {@code expiresAt}. */
public record LoginResponse(String token, String tokenType, Instant expiresAt, UserView user) {
}
