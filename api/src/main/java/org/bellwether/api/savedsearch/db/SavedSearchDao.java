package org.bellwether.api.savedsearch.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Saved searches, the posts they matched and the alerts they raised. */
@RegisterConstructorMapper(SavedSearchRow.class)
@RegisterConstructorMapper(SavedSearchAlertRow.class)
public interface SavedSearchDao {
    String COLUMNS = """
            s.id, s.name, s.query, s.category, s.lang, s.neighbourhood, s.source, s.kind, s.owner_id,
            u.username AS owner_username, s.shared, s.alert_type, s.min_matches, s.window_minutes, s.open_case,
            s.version, s.created_at, s.updated_at, s.deleted_at
            """;
    String FROM = " FROM saved_searches s JOIN users u ON u.id = s.owner_id ";

    @SqlUpdate("""
            INSERT INTO saved_searches (id, name, query, category, lang, neighbourhood, source, kind, owner_id, shared,
                                        alert_type, min_matches, window_minutes, open_case, created_at, updated_at)
            VALUES (:id, :name, :query, :category, :lang, :neighbourhood, :source, :kind, :ownerId, :shared,
                    :alertType, :minMatches, :windowMinutes, :openCase, :now, :now)
            """)
    void insert(UUID id, String name, String query, String category,
                String lang, String neighbourhood, String source, String kind, long ownerId, boolean shared,
                String alertType, Integer minMatches, Integer windowMinutes, boolean openCase, Instant now);

    @SqlUpdate("""
            UPDATE saved_searches SET name = :name, query = :query, category = :category, lang = :lang,
                   neighbourhood = :neighbourhood, source = :source, kind = :kind, shared = :shared,
                   alert_type = :alertType, min_matches = :minMatches, window_minutes = :windowMinutes,
                   open_case = :openCase, version = version + 1, updated_at = :now
            WHERE id = :id AND deleted_at IS NULL
            """)
    int update(UUID id, String name, String query, String category, String lang, String neighbourhood,
               String source, String kind, boolean shared, String alertType, Integer minMatches,
               Integer windowMinutes, boolean openCase, Instant now);

    @SqlUpdate("UPDATE saved_searches SET deleted_at = :now, version = version + 1, updated_at = :now "
            + "WHERE id = :id AND deleted_at IS NULL")
    int delete(UUID id, Instant now);

    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE s.id = :id AND s.deleted_at IS NULL")
    Optional<SavedSearchRow> find(UUID id);

    /** The saved search, locked until the end of the transaction: alerts for one search are decided one at a time. */
    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE s.id = :id FOR UPDATE OF s")
    Optional<SavedSearchRow> lock(UUID id);

    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE s.deleted_at IS NULL AND (s.owner_id = :userId OR s.shared) "
            + "ORDER BY s.name, s.id")
    List<SavedSearchRow> visibleTo(long userId);

    /** Every saved search, deleted ones included (to republish tombstones). */
    @SqlQuery("SELECT " + COLUMNS + FROM + "ORDER BY s.created_at")
    List<SavedSearchRow> all();

    @SqlUpdate("""
            INSERT INTO saved_search_matches (saved_search_id, post_id, narrative_id, posted_at, matched_at)
            VALUES (:savedSearchId, :postId, :narrativeId, :postedAt, :matchedAt)
            ON CONFLICT DO NOTHING
            """)
    int insertMatch(UUID savedSearchId, String postId, String narrativeId, Instant postedAt, Instant matchedAt);

    @SqlQuery("SELECT count(*) FROM saved_search_matches WHERE saved_search_id = :savedSearchId "
            + "AND posted_at >= :from AND posted_at < :to")
    int countPosted(UUID savedSearchId, Instant from, Instant to);

    @SqlQuery("SELECT count(*) FROM saved_search_matches WHERE saved_search_id = :savedSearchId "
            + "AND narrative_id = :narrativeId")
    int countNarrative(UUID savedSearchId, String narrativeId);

    /** Matches per saved search and hour before {@code now} (0 = the last hour), over {@code [since, now)}. */
    @SqlQuery("""
            SELECT saved_search_id,
                   floor(extract(epoch FROM (CAST(:now AS timestamptz) - matched_at)) / 3600)::int AS hours_ago,
                   count(*) AS matches
            FROM saved_search_matches
            WHERE matched_at >= :since AND matched_at < :now AND saved_search_id = ANY(:ids)
            GROUP BY 1, 2
            """)
    @RegisterConstructorMapper(HourlyMatches.class)
    List<HourlyMatches> hourlyMatches(UUID[] ids, Instant since, Instant now);

    /** Matches of one saved search in one hour, {@code hoursAgo} hours before now. */
    record HourlyMatches(UUID savedSearchId, int hoursAgo, long matches) {
    }

    /** The new alert's id, or empty when this window already raised one. */
    @SqlUpdate("""
            INSERT INTO saved_search_alerts (saved_search_id, window_key, window_start, window_end, match_count,
                                             narrative_id, fired_at)
            VALUES (:savedSearchId, :windowKey, :windowStart, :windowEnd, :matchCount, :narrativeId, :firedAt)
            ON CONFLICT (saved_search_id, window_key) DO NOTHING
            """)
    @GetGeneratedKeys("id")
    Optional<Long> insertAlert(UUID savedSearchId, String windowKey, Instant windowStart, Instant windowEnd,
                               int matchCount, String narrativeId, Instant firedAt);

    @SqlQuery("SELECT * FROM saved_search_alerts WHERE saved_search_id = :savedSearchId "
            + "ORDER BY fired_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<SavedSearchAlertRow> alerts(UUID savedSearchId, int limit, int offset);

    @SqlQuery("SELECT count(*) FROM saved_search_alerts WHERE saved_search_id = :savedSearchId")
    long countAlerts(UUID savedSearchId);
}
