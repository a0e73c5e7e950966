package org.bellwether.api.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.bellwether.api.auth.db.TokenDao;
import org.bellwether.api.auth.db.TokenRow;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.users.Sessions;
import org.bellwether.api.users.User;
import org.jdbi.v3.core.Jdbi;

/**
 * Issues and validates opaque bearer tokens. Only the SHA-256 of a token is stored; a validated token is cached
 * for {@link AuthSettings#credentialCache()} so a request costs a hash and a map look-up, not a query.
 * Revocation through this service takes effect at once on this node. Thread-safe.
 */
public final class TokenService implements Sessions {
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final Jdbi jdbi;
    private final AuthSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Optional<TokenRow>> cache;

    public TokenService(Jdbi jdbi, AuthSettings settings, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(settings.credentialCache())
                .build();
    }

    /** A new token and its expiry. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    public IssuedToken issue(User user) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = URL.encodeToString(raw);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.tokenLifetime());
        jdbi.useExtension(TokenDao.class, dao -> dao.insert(hash(token), user.id(), now, expiresAt));
        return new IssuedToken(token, expiresAt);
    }

    public Optional<UserPrincipal> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<TokenRow> row = cache.get(hash, key -> jdbi.withExtension(TokenDao.class, dao -> dao.find(key)));
        Instant now = clock.instant();
        return row.filter(r -> r.active() && r.revokedAt() == null && r.expiresAt().isAfter(now))
                .map(r -> new UserPrincipal(r.userId(), r.username(), r.role(), r.expiresAt()));
    }

    public void revoke(String token) {
        String hash = hash(token);
        jdbi.useExtension(TokenDao.class, dao -> dao.revoke(hash, clock.instant()));
        cache.invalidate(hash);
    }

    /** Revokes every token of a user (password change, deactivation, role change). */
    @Override
    public void revokeAll(long userId) {
        jdbi.useExtension(TokenDao.class, dao -> dao.revokeAll(userId, clock.instant()));
        cache.asMap().entrySet().removeIf(e -> e.getValue().map(r -> r.userId() == userId).orElse(false));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
