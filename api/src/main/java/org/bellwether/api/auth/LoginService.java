package org.bellwether.api.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.api.users.PasswordHasher;
import org.bellwether.api.users.User;
import org.bellwether.api.users.db.UserDao;
import org.bellwether.api.users.db.UserRow;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks passwords with lock-out: after {@link AuthSettings#maxFailedLogins()} failures in a row an account is
 * locked for {@link AuthSettings#lockout()}. Unknown users cost as much as known ones. Every attempt is audited.
 * Thread-safe.
 */
public final class LoginService {
    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final AuthSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public LoginService(Jdbi jdbi, PasswordHasher hasher, AuthSettings settings, AuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active, unlocked user whose password this is; empty otherwise (the reason is audited, not told). */
    public Optional<User> check(String username, String password, String remoteAddr) {
        Caller caller = new Caller(username == null ? "" : username, null, remoteAddr);
        if (username == null || password == null || username.length() > 100 || password.length() > 1000) {
            return Optional.empty();
        }
        UserDao users = jdbi.onDemand(UserDao.class);
        Optional<UserRow> found = users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            audit.record(caller, "login.failed", "user", username, Map.of("reason", "unknown user"));
            return Optional.empty();
        }
        UserRow user = found.get();
        Instant now = clock.instant();
        if (user.lockedAt(now)) {
            hasher.verifyDecoy(password);
            audit.record(caller, "login.locked", "user", username, Map.of("lockedUntil", user.lockedUntil().toString()));
            return Optional.empty();
        }
        if (!hasher.verify(password, user.passwordHash())) {
            users.recordFailure(user.id(), settings.maxFailedLogins(), now.plus(settings.lockout()));
            audit.record(caller, "login.failed", "user", username, Map.of("reason", "wrong password"));
            return Optional.empty();
        }
        if (!user.active()) {
            audit.record(caller, "login.failed", "user", username, Map.of("reason", "inactive"));
            return Optional.empty();
        }
        if (user.failedLogins() > 0) {
            users.recordSuccess(user.id());
        }
        return Optional.of(User.of(user));
    }
}
