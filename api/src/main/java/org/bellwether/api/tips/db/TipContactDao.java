package org.bellwether.api.tips.db;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Tipsters' sealed contacts by tip reference. */
@RegisterConstructorMapper(TipContactRow.class)
public interface TipContactDao {

    /** Keeps a tip's sealed contact once; a tip delivered again changes nothing. */
    @SqlUpdate("""
            INSERT INTO tip_contacts (reference, channel, language, contact_sealed, received_at)
            VALUES (:reference, :channel, :language, :contactSealed, :receivedAt)
            ON CONFLICT (reference) DO NOTHING
            """)
    int insert(String reference, String channel, String language, String contactSealed, Instant receivedAt);

    @SqlQuery("SELECT reference, channel, language, contact_sealed, received_at FROM tip_contacts "
            + "WHERE reference = :reference")
    Optional<TipContactRow> find(String reference);
}
