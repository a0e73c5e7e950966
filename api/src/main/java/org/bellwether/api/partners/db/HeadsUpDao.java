package org.bellwether.api.partners.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Heads-up briefings to partner groups and their acknowledgements. */
@RegisterConstructorMapper(HeadsUpRow.class)
@RegisterConstructorMapper(RecipientRow.class)
public interface HeadsUpDao {
    String SELECT = """
            SELECT h.id, h.narrative_id, h.label, h.summary, h.talking_points, h.neighbourhoods, h.communities,
                   h.languages, h.sent_by, h.sent_at,
                   (SELECT count(*) FROM partner_headsup_recipients r WHERE r.headsup_id = h.id) AS recipients,
                   (SELECT count(*) FROM partner_headsup_recipients r WHERE r.headsup_id = h.id
                      AND r.acknowledged_at IS NOT NULL) AS acknowledged,
            """;

    @SqlUpdate("""
            INSERT INTO partner_headsups (narrative_id, label, summary, talking_points, neighbourhoods, communities,
                                          languages, sent_by, sent_at)
            VALUES (:narrativeId, :label, :summary, :talkingPoints, :neighbourhoods, :communities, :languages,
                    :sentBy, :sentAt)
            """)
    @GetGeneratedKeys("id")
    long insert(String narrativeId, String label, String summary, String[] talkingPoints, String[] neighbourhoods,
                String[] communities, String[] languages, String sentBy, Instant sentAt);

    @SqlUpdate("INSERT INTO partner_headsup_recipients (headsup_id, partner_id) VALUES (:headsUpId, :partnerId)")
    void addRecipient(long headsUpId, long partnerId);

    @SqlQuery(SELECT + " NULL::timestamptz AS acknowledged_at FROM partner_headsups h ORDER BY h.sent_at DESC, h.id DESC")
    List<HeadsUpRow> list();

    @SqlQuery(SELECT + " NULL::timestamptz AS acknowledged_at FROM partner_headsups h WHERE h.id = :id")
    Optional<HeadsUpRow> find(long id);

    @SqlQuery(SELECT + """
             me.acknowledged_at FROM partner_headsups h
             JOIN partner_headsup_recipients me ON me.headsup_id = h.id AND me.partner_id = :partnerId
             ORDER BY h.sent_at DESC, h.id DESC
            """)
    List<HeadsUpRow> forPartner(long partnerId);

    @SqlQuery("""
            SELECT r.partner_id, p.organisation, p.kind, r.acknowledged_at
            FROM partner_headsup_recipients r JOIN partners p ON p.id = r.partner_id
            WHERE r.headsup_id = :headsUpId ORDER BY p.organisation, p.id
            """)
    List<RecipientRow> recipients(long headsUpId);

    /** Sets the acknowledgement once; 0 when the partner was not a recipient. */
    @SqlUpdate("""
            UPDATE partner_headsup_recipients SET acknowledged_at = coalesce(acknowledged_at, :at)
            WHERE headsup_id = :headsUpId AND partner_id = :partnerId
            """)
    int acknowledge(long headsUpId, long partnerId, Instant at);
}
