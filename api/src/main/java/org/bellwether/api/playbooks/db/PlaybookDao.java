package org.bellwether.api.playbooks.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Versioned playbooks: a change inserts the next version; the latest version is the one in use. */
@RegisterConstructorMapper(PlaybookRow.class)
public interface PlaybookDao {
    String COLUMNS = "id, category, language, version, title, talking_points::text AS talking_points, "
            + "dos::text AS dos, donts::text AS donts, safety_note, created_by, created_at";

    @SqlUpdate("""
            INSERT INTO playbooks (category, language, version, title, talking_points, dos, donts, safety_note,
                                   created_by)
            SELECT :category, :language, coalesce(max(version), 0) + 1, :title, CAST(:talkingPoints AS jsonb),
                   CAST(:dos AS jsonb), CAST(:donts AS jsonb), :safetyNote, :createdBy
            FROM playbooks WHERE category = :category AND language = :language
            """)
    void insertNextVersion(String category, String language, String title, String talkingPoints, String dos,
                           String donts, String safetyNote, String createdBy);

    @SqlQuery("SELECT " + COLUMNS + " FROM playbooks WHERE category = :category AND language = :language "
            + "ORDER BY version DESC LIMIT 1")
    Optional<PlaybookRow> latest(String category, String language);

    @SqlQuery("SELECT DISTINCT ON (category, language) " + COLUMNS
            + " FROM playbooks ORDER BY category, language, version DESC")
    List<PlaybookRow> latestAll();

    @SqlQuery("SELECT " + COLUMNS + " FROM playbooks WHERE category = :category AND language = :language "
            + "ORDER BY version DESC")
    List<PlaybookRow> history(String category, String language);
}
