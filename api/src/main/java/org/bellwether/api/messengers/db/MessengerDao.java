package org.bellwether.api.messengers.db;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Messengers with their current load, endorsements and past outcomes. */
@RegisterRowMapper(MessengerMapper.class)
public interface MessengerDao {
    String SELECT = """
            SELECT m.id, m.user_id, m.display_name, m.pseudonym, m.email_sealed, m.phone_sealed,
                   m.profile::text AS profile, m.capacity, m.available, m.absent_from, m.absent_until, m.consent,
                   m.consent_at, m.active, m.preferred_language, m.version, m.created_at, m.updated_at,
                   (SELECT count(*) FROM assignments a WHERE a.messenger_id = m.id
                      AND a.state IN ('offered', 'accepted', 'in_progress')) AS open_assignments,
                   (SELECT count(*) FROM endorsements e WHERE e.messenger_id = m.id) AS endorsements,
                   (SELECT count(*) FROM assignments a WHERE a.messenger_id = m.id
                      AND a.state IN ('responded', 'closed') AND a.responded_at IS NOT NULL) AS responded,
                   (SELECT count(*) FROM assignments a WHERE a.messenger_id = m.id
                      AND a.state = 'declined') AS declined
            FROM messengers m
            """;

    @SqlQuery(SELECT + " ORDER BY m.display_name")
    List<MessengerRow> list();

    @SqlQuery(SELECT + " WHERE m.active ORDER BY m.display_name")
    List<MessengerRow> listActive();

    @SqlQuery(SELECT + " WHERE m.id = :id")
    Optional<MessengerRow> find(UUID id);

    @SqlQuery(SELECT + " WHERE m.user_id = :userId")
    Optional<MessengerRow> findByUser(long userId);

    @SqlQuery("SELECT id FROM messengers WHERE user_id = :userId")
    Optional<UUID> idForUser(long userId);

    @SqlQuery("SELECT pseudonym FROM messengers WHERE id = :id")
    Optional<String> pseudonym(UUID id);

    @SqlQuery("SELECT id FROM messengers WHERE id = :id FOR UPDATE")
    Optional<UUID> lock(UUID id);

    @SqlUpdate("""
            INSERT INTO messengers (id, user_id, display_name, pseudonym, email_sealed, phone_sealed, profile,
                                    capacity, available, absent_from, absent_until, consent, consent_at, active,
                                    preferred_language)
            VALUES (:id, :userId, :displayName, :pseudonym, :emailSealed, :phoneSealed, CAST(:profile AS jsonb),
                    :capacity, :available, :absentFrom, :absentUntil, :consent, :consentAt, :active,
                    :preferredLanguage)
            """)
    void insert(UUID id, Long userId, String displayName, String pseudonym, String emailSealed, String phoneSealed,
                String profile, int capacity, boolean available, Instant absentFrom, Instant absentUntil,
                boolean consent, Instant consentAt, boolean active, String preferredLanguage);

    @SqlUpdate("""
            UPDATE messengers
            SET user_id = :userId, display_name = :displayName, pseudonym = :pseudonym, email_sealed = :emailSealed,
                phone_sealed = :phoneSealed, profile = CAST(:profile AS jsonb), capacity = :capacity,
                available = :available, absent_from = :absentFrom, absent_until = :absentUntil, consent = :consent,
                consent_at = :consentAt, active = :active, preferred_language = :preferredLanguage,
                version = version + 1, updated_at = now()
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(UUID id, long expectedVersion, Long userId, String displayName, String pseudonym, String emailSealed,
               String phoneSealed, String profile, int capacity, boolean available, Instant absentFrom,
               Instant absentUntil, boolean consent, Instant consentAt, boolean active, String preferredLanguage);

    /** 1, or 0 when the officer already endorsed the messenger that day. */
    @SqlUpdate("""
            INSERT INTO endorsements (messenger_id, officer, note, endorsed_on)
            VALUES (:messengerId, :officer, :note, :day)
            ON CONFLICT (messenger_id, officer, endorsed_on) DO NOTHING
            """)
    int endorse(UUID messengerId, String officer, String note, LocalDate day);

    @SqlQuery("SELECT count(*) FROM endorsements WHERE officer = :officer AND endorsed_on = :day")
    int endorsementsBy(String officer, LocalDate day);

    /** Every sealed contact value, for re-sealing under a new key. */
    @SqlQuery("SELECT id FROM messengers ORDER BY id")
    List<UUID> ids();

    @SqlUpdate("UPDATE messengers SET email_sealed = :emailSealed, phone_sealed = :phoneSealed WHERE id = :id")
    int reseal(UUID id, String emailSealed, String phoneSealed);

    /** How a messenger is reached. */
    @SqlQuery("""
            SELECT id, reach_channel, reach_sealed, quiet_start, quiet_end, quiet_zone FROM messengers WHERE id = :id
            """)
    @RegisterConstructorMapper(ReachRow.class)
    Optional<ReachRow> reach(UUID id);

    @SqlUpdate("""
            UPDATE messengers
            SET reach_channel = :channel, reach_sealed = :sealed, reach_hash = :hash, quiet_start = :quietStart,
                quiet_end = :quietEnd, quiet_zone = :quietZone, updated_at = now()
            WHERE id = :id
            """)
    int updateReach(UUID id, String channel, String sealed, String hash, LocalTime quietStart, LocalTime quietEnd,
                    String quietZone);

    @SqlUpdate("UPDATE messengers SET reach_sealed = :sealed WHERE id = :id")
    int resealReach(UUID id, String sealed);

    /** The active messenger whose reach address has this keyed hash. */
    @SqlQuery("SELECT id FROM messengers WHERE reach_hash = :hash AND active")
    List<UUID> byReachHash(String hash);

    /** A messenger's earlier Telegram link tokens go when a new one is made: one link works at a time. */
    @SqlUpdate("DELETE FROM telegram_link_tokens WHERE messenger_id = :messengerId OR expires_at < :now")
    int forgetTelegramTokens(UUID messengerId, Instant now);

    @SqlUpdate("INSERT INTO telegram_link_tokens (token_hash, messenger_id, expires_at, created_at) "
            + "VALUES (:hash, :messengerId, :expiresAt, :now)")
    int addTelegramToken(String hash, UUID messengerId, Instant expiresAt, Instant now);

    /** Uses up a Telegram link token: the messenger it binds, if it exists and has not expired. */
    @SqlQuery("DELETE FROM telegram_link_tokens WHERE token_hash = :hash AND expires_at > :now RETURNING messenger_id")
    Optional<UUID> useTelegramToken(String hash, Instant now);

    @SqlQuery("SELECT u.username FROM users u JOIN messengers m ON m.user_id = u.id WHERE m.id = :id")
    Optional<String> username(UUID id);
}
