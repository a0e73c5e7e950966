package org.bellwether.api.auth.db;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Bearer tokens, stored as SHA-256 hashes. */
@RegisterConstructorMapper(TokenRow.class)
public interface TokenDao {

    @SqlUpdate("""
            INSERT INTO auth_tokens (token_hash, user_id, issued_at, expires_at)
            VALUES (:tokenHash, :userId, :issuedAt, :expiresAt)
            """)
    void insert(String tokenHash, long userId, Instant issuedAt, Instant expiresAt);

    @SqlQuery("""
            SELECT t.token_hash, t.user_id, u.username, u.role, u.active, t.expires_at, t.revoked_at
            FROM auth_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = :tokenHash
            """)
    Optional<TokenRow> find(String tokenHash);

    @SqlUpdate("UPDATE auth_tokens SET revoked_at = :at WHERE token_hash = :tokenHash AND revoked_at IS NULL")
    int revoke(String tokenHash, Instant at);

    @SqlUpdate("UPDATE auth_tokens SET revoked_at = :at WHERE user_id = :userId AND revoked_at IS NULL")
    int revokeAll(long userId, Instant at);

    @SqlUpdate("DELETE FROM auth_tokens WHERE expires_at < :before")
    int deleteExpired(Instant before);
}
