package org.bellwether.api.partners.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The partner registry. */
@RegisterConstructorMapper(PartnerRow.class)
public interface PartnerDao {
    String SELECT = """
            SELECT p.id, p.organisation, p.kind, p.languages, p.neighbourhoods, p.communities, p.consent,
                   p.consent_at, p.contact_sealed, p.user_id, u.username, p.active, p.created_at, p.updated_at
            FROM partners p LEFT JOIN users u ON u.id = p.user_id
            """;

    @SqlQuery(SELECT + " ORDER BY p.organisation, p.id")
    List<PartnerRow> list();

    @SqlQuery(SELECT + " WHERE p.id = :id")
    Optional<PartnerRow> find(long id);

    @SqlQuery(SELECT + " WHERE p.user_id = :userId")
    Optional<PartnerRow> findByUser(long userId);

    /** Active, consenting partners who share one of each non-empty criterion (an empty criterion matches all). */
    @SqlQuery(SELECT + """
             WHERE p.active AND p.consent
               AND (cardinality(CAST(:neighbourhoods AS text[])) = 0
                    OR p.neighbourhoods && CAST(:neighbourhoods AS text[]))
               AND (cardinality(CAST(:communities AS text[])) = 0
                    OR p.communities && CAST(:communities AS text[]))
               AND (cardinality(CAST(:languages AS text[])) = 0 OR p.languages && CAST(:languages AS text[]))
             ORDER BY p.id
            """)
    List<PartnerRow> group(String[] neighbourhoods, String[] communities, String[] languages);

    @SqlQuery("SELECT id FROM users WHERE username = :username AND role = 'partner'")
    Optional<Long> partnerAccount(String username);

    @SqlUpdate("""
            INSERT INTO partners (organisation, kind, languages, neighbourhoods, communities, consent, consent_at,
                                  contact_sealed, user_id, active)
            VALUES (:organisation, :kind, :languages, :neighbourhoods, :communities, :consent, :consentAt,
                    :contactSealed, :userId, :active)
            """)
    @GetGeneratedKeys("id")
    long insert(String organisation, String kind, String[] languages, String[] neighbourhoods, String[] communities,
                boolean consent, Instant consentAt, String contactSealed, Long userId, boolean active);

    @SqlUpdate("""
            UPDATE partners SET organisation = :organisation, kind = :kind, languages = :languages,
                   neighbourhoods = :neighbourhoods, communities = :communities, consent = :consent,
                   consent_at = :consentAt, contact_sealed = :contactSealed, user_id = :userId, active = :active,
                   updated_at = now()
            WHERE id = :id
            """)
    int update(long id, String organisation, String kind, String[] languages, String[] neighbourhoods,
               String[] communities, boolean consent, Instant consentAt, String contactSealed, Long userId,
               boolean active);
}
