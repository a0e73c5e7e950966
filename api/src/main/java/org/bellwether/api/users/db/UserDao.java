package org.bellwether.api.users.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Accounts, failed log-ins and lock-out. */
@RegisterConstructorMapper(UserRow.class)
public interface UserDao {

    @SqlQuery("SELECT * FROM users WHERE username = :username")
    Optional<UserRow> findByUsername(String username);

    @SqlQuery("SELECT * FROM users WHERE id = :id")
    Optional<UserRow> findById(long id);

    @SqlQuery("SELECT * FROM users ORDER BY username")
    List<UserRow> list();

    @SqlQuery("SELECT * FROM users WHERE role = :role AND active ORDER BY username")
    List<UserRow> listByRole(String role);

    @SqlUpdate("""
            INSERT INTO users (username, display_name, email, password_hash, role)
            VALUES (:username, :displayName, :email, :passwordHash, :role)
            """)
    @GetGeneratedKeys("id")
    long insert(String username, String displayName, String email, String passwordHash, String role);

    @SqlUpdate("""
            UPDATE users SET display_name = :displayName, email = :email, role = :role, active = :active,
                   updated_at = now()
            WHERE id = :id
            """)
    int update(long id, String displayName, String email, String role, boolean active);

    @SqlUpdate("UPDATE users SET language = :language, time_zone = :timeZone, updated_at = now() WHERE id = :id")
    int updateSettings(long id, String language, String timeZone);

    @SqlUpdate("UPDATE users SET password_hash = :passwordHash, updated_at = now() WHERE id = :id")
    int setPassword(long id, String passwordHash);

    /** Counts a failure and locks the account until {@code lockUntil} when it reaches {@code maxFailures}. */
    @SqlUpdate("""
            UPDATE users
            SET failed_logins = failed_logins + 1,
                locked_until = CASE WHEN failed_logins + 1 >= :maxFailures THEN :lockUntil ELSE locked_until END
            WHERE id = :id
            """)
    int recordFailure(long id, int maxFailures, Instant lockUntil);

    @SqlUpdate("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = :id")
    int recordSuccess(long id);
}
