package org.bellwether.api.network.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The city network's tables: trust list, shares, received signatures, quarantine and matches. */
@RegisterConstructorMapper(TrustedCityRow.class)
@RegisterConstructorMapper(ShareRow.class)
@RegisterConstructorMapper(ReceivedRow.class)
@RegisterConstructorMapper(QuarantineRow.class)
@RegisterConstructorMapper(MatchRow.class)
public interface NetworkDao {
    @SqlQuery("SELECT city, public_key, contact, added_by, added_at, revoked_at, revoked_by FROM network_cities "
            + "ORDER BY city")
    List<TrustedCityRow> cities();

    @SqlQuery("SELECT city, public_key, contact, added_by, added_at, revoked_at, revoked_by FROM network_cities "
            + "WHERE city = :city")
    Optional<TrustedCityRow> city(String city);

    /** Adds a city or replaces its key and contact; a revoked city stays revoked until it is trusted again. */
    @SqlUpdate("""
            INSERT INTO network_cities (city, public_key, contact, added_by, added_at)
            VALUES (:city, :publicKey, :contact, :addedBy, :at)
            ON CONFLICT (city) DO UPDATE SET public_key = excluded.public_key, contact = excluded.contact,
                added_by = excluded.added_by, added_at = excluded.added_at, revoked_at = NULL, revoked_by = NULL
            """)
    void trust(String city, String publicKey, String contact, String addedBy, Instant at);

    @SqlUpdate("UPDATE network_cities SET revoked_at = :at, revoked_by = :by WHERE city = :city "
            + "AND revoked_at IS NULL")
    int revoke(String city, String by, Instant at);

    @SqlUpdate("""
            INSERT INTO network_shares (narrative_id, outcome, distinct_authors, shared_by, at, signature)
            VALUES (:narrativeId, :outcome, :distinctAuthors, :sharedBy, :at, CAST(:signature AS jsonb))
            """)
    void insertShare(String narrativeId, String outcome, long distinctAuthors, String sharedBy, Instant at,
                     String signature);

    @SqlQuery("SELECT id, narrative_id, outcome, distinct_authors, shared_by, at FROM network_shares "
            + "ORDER BY at DESC, id DESC LIMIT :limit")
    List<ShareRow> shares(int limit);

    @SqlQuery("SELECT count(*) FROM network_shares WHERE narrative_id = :narrativeId AND outcome = 'shared'")
    int sharedCount(String narrativeId);

    @SqlUpdate("""
            INSERT INTO network_signatures (city, narrative_id, signature, shared_at, received_at)
            VALUES (:city, :narrativeId, CAST(:signature AS jsonb), :sharedAt, :receivedAt)
            ON CONFLICT (city, narrative_id) DO UPDATE SET signature = excluded.signature,
                shared_at = excluded.shared_at, received_at = excluded.received_at
            WHERE network_signatures.shared_at <= excluded.shared_at
            """)
    int upsertSignature(String city, String narrativeId, String signature, Instant sharedAt, Instant receivedAt);

    /** Received signatures of cities still trusted, shared since {@code since}. */
    @SqlQuery("""
            SELECT s.city, s.narrative_id, s.signature::text AS signature, s.shared_at, s.received_at
            FROM network_signatures s JOIN network_cities c ON c.city = s.city AND c.revoked_at IS NULL
            WHERE s.shared_at >= :since ORDER BY s.shared_at DESC
            """)
    List<ReceivedRow> signaturesSince(Instant since);

    @SqlQuery("""
            SELECT s.city, s.narrative_id, s.signature::text AS signature, s.shared_at, s.received_at
            FROM network_signatures s WHERE s.city = :city AND s.narrative_id = :narrativeId
            """)
    Optional<ReceivedRow> signature(String city, String narrativeId);

    @SqlUpdate("""
            INSERT INTO network_quarantine (city, narrative_id, reason, payload, received_at)
            VALUES (:city, :narrativeId, :reason, CAST(:payload AS jsonb), :at)
            """)
    void quarantine(String city, String narrativeId, String reason, String payload, Instant at);

    @SqlQuery("SELECT id, city, narrative_id, reason, received_at FROM network_quarantine "
            + "ORDER BY received_at DESC, id DESC LIMIT :limit")
    List<QuarantineRow> quarantined(int limit);

    @SqlUpdate("""
            INSERT INTO network_matches (narrative_id, city, remote_narrative_id, term_cosine, shared_terms,
                                         shared_urls, shared_claims, early_warning, matched_at)
            VALUES (:narrativeId, :city, :remoteNarrativeId, :termCosine, CAST(:sharedTerms AS jsonb), :sharedUrls,
                    :sharedClaims, :earlyWarning, :at)
            ON CONFLICT (narrative_id, city, remote_narrative_id) DO NOTHING
            """)
    int insertMatch(String narrativeId, String city, String remoteNarrativeId, double termCosine, String sharedTerms,
                    int sharedUrls, int sharedClaims, boolean earlyWarning, Instant at);

    /** A local narrative's matches with signatures of cities still trusted, newest first. */
    @SqlQuery("""
            SELECT m.id, m.narrative_id, m.city, m.remote_narrative_id, m.term_cosine, m.shared_terms::text AS
                   shared_terms, m.shared_urls, m.shared_claims, m.early_warning, m.matched_at,
                   m.playbook_imported_at, s.signature::text AS signature
            FROM network_matches m
            JOIN network_signatures s ON s.city = m.city AND s.narrative_id = m.remote_narrative_id
            JOIN network_cities c ON c.city = m.city AND c.revoked_at IS NULL
            WHERE m.narrative_id = :narrativeId ORDER BY m.matched_at DESC, m.id DESC
            """)
    List<MatchRow> matches(String narrativeId);

    @SqlQuery("""
            SELECT m.id, m.narrative_id, m.city, m.remote_narrative_id, m.term_cosine, m.shared_terms::text AS
                   shared_terms, m.shared_urls, m.shared_claims, m.early_warning, m.matched_at,
                   m.playbook_imported_at, s.signature::text AS signature
            FROM network_matches m
            JOIN network_signatures s ON s.city = m.city AND s.narrative_id = m.remote_narrative_id
            JOIN network_cities c ON c.city = m.city AND c.revoked_at IS NULL
            WHERE m.id = :id
            """)
    Optional<MatchRow> match(long id);

    @SqlUpdate("UPDATE network_matches SET playbook_imported_at = :at WHERE id = :id")
    void playbookImported(long id, Instant at);
}
