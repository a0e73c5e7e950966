package org.bellwether.api.users;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.common.Roles;
import org.bellwether.api.users.db.UserDao;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Admin-managed accounts. Every change is audited in the same transaction. Thread-safe. */
public final class UserService {
    private static final Logger LOG = LoggerFactory.getLogger(UserService.class);
    /** The dev-mode password of the demo accounts (the dev contract). */
    public static final String DEV_PASSWORD = "bellwether-dev";

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public UserService(Jdbi jdbi, PasswordHasher hasher, Sessions sessions, DatabaseAuditTrail audit,
                       Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<User> list() {
        return jdbi.onDemand(UserDao.class).list().stream().map(User::of).toList();
    }

    /** The display name of an account, or "an officer" when it is gone: never the user name itself. */
    public String displayName(String username) {
        return jdbi.withExtension(UserDao.class, dao -> dao.findByUsername(username))
                .map(row -> row.displayName() == null || row.displayName().isBlank() ? "an officer" : row.displayName())
                .orElse("an officer");
    }

    public User get(long id) {
        return jdbi.onDemand(UserDao.class).findById(id).map(User::of)
                .orElseThrow(() -> ApiException.notFound("user", Long.toString(id)));
    }

    public User create(Caller caller, String username, String displayName, String email, String role,
                       String password) {
        String hash = hasher.hash(password);
        try {
            return jdbi.inTransaction(handle -> {
                UserDao users = handle.attach(UserDao.class);
                if (users.findByUsername(username).isPresent()) {
                    throw ApiException.conflict("username '" + username + "' is taken");
                }
                long id = users.insert(username, displayName, email, hash, role);
                audit.record(handle, caller, "user.create", "user", Long.toString(id),
                        Map.of("username", username, "role", role));
                return User.of(users.findById(id).orElseThrow());
            });
        } catch (UnableToExecuteStatementException e) {
            throw ApiException.conflict("username '" + username + "' is taken");
        }
    }

    public User update(Caller caller, long id, String displayName, String email, String role, boolean active) {
        User before = get(id);
        User after = jdbi.inTransaction(handle -> {
            UserDao users = handle.attach(UserDao.class);
            users.update(id, displayName, email, role, active);
            audit.record(handle, caller, "user.update", "user", Long.toString(id), Map.of(
                    "role", before.role() + " -> " + role, "active", before.active() + " -> " + active));
            return User.of(users.findById(id).orElseThrow());
        });
        if (!before.role().equals(role) || before.active() != active) {
            sessions.revokeAll(id);
        }
        return after;
    }

    public void setPassword(Caller caller, long id, String password) {
        get(id);
        String hash = hasher.hash(password);
        jdbi.useTransaction(handle -> {
            handle.attach(UserDao.class).setPassword(id, hash);
            handle.attach(UserDao.class).recordSuccess(id);
            audit.record(handle, caller, "user.password", "user", Long.toString(id), Map.of());
        });
        sessions.revokeAll(id);
    }

    /** Changes a user's own language and time zone (null clears either); an unknown zone is refused. */
    public User updateSettings(Caller caller, long id, String language, String timeZone) {
        String zone = timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
        if (zone != null) {
            try {
                zone = ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                throw ApiException.invalid("timeZone", "not a time zone: use a region such as Europe/Madrid");
            }
        }
        String chosenZone = zone;
        return jdbi.inTransaction(handle -> {
            UserDao users = handle.attach(UserDao.class);
            if (users.updateSettings(id, language, chosenZone) == 0) {
                throw ApiException.notFound("user", Long.toString(id));
            }
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("language", language == null ? "" : language);
            details.put("timeZone", chosenZone == null ? "" : chosenZone);
            audit.record(handle, caller, "user.settings", "user", Long.toString(id), details);
            return User.of(users.findById(id).orElseThrow());
        });
    }

    public void unlock(Caller caller, long id) {
        get(id);
        jdbi.useTransaction(handle -> {
            handle.attach(UserDao.class).recordSuccess(id);
            audit.record(handle, caller, "user.unlock", "user", Long.toString(id), Map.of());
        });
    }

    /** Dev mode only: one demo account per role with the dev password, created once. */
    public void seedDemoUsers() {
        UserDao users = jdbi.onDemand(UserDao.class);
        for (String role : Roles.ALL) {
            if (users.findByUsername(role).isEmpty()) {
                String name = Character.toUpperCase(role.charAt(0)) + role.substring(1);
                users.insert(role, "Demo " + name, role + "@bellwether.invalid", hasher.hash(DEV_PASSWORD), role);
                LOG.info("dev mode: created demo user '{}'", role);
            }
        }
        audit.record(Caller.SYSTEM, "dev.seed-users", "user", null, Map.of("roles", Roles.ALL));
    }
}
