package org.bellwether.api.savedsearch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.savedsearch.db.SavedSearchAlertRow;
import org.bellwether.api.savedsearch.db.SavedSearchDao;
import org.bellwether.api.savedsearch.db.SavedSearchRow;
import org.bellwether.model.SavedSearch;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.SearchFilters;
import org.bellwether.search.InvalidQueryException;
import org.bellwether.search.analysis.LanguageAnalyzers;
import org.bellwether.search.query.QueryScope;
import org.bellwether.search.query.UserQueryParser;
import org.jdbi.v3.core.Jdbi;

/**
 * Saved searches: create, change, share, delete (owner or admin), list what a user may see (their own and the
 * team's shared ones) with each search's recent matches, read an alert history. Every change is audited in its
 * transaction and then published for the monitor step. A query is parsed as the search page parses it, so a
 * query the page refuses cannot be saved. Thread-safe.
 */
public final class SavedSearchService {
    private static final Duration RECENT = Duration.ofHours(24);
    private static final int HOURS = 24;
    private static final List<Long> NO_MATCHES = java.util.Collections.nCopies(HOURS, 0L);

    private final Jdbi jdbi;
    private final SavedSearchPublisher publisher;
    private final DatabaseAuditTrail audit;
    private final Clock clock;
    private final UserQueryParser parser = new UserQueryParser(new LanguageAnalyzers());

    /** @param publisher where changes go for the monitor step */
    public SavedSearchService(Jdbi jdbi, SavedSearchPublisher publisher, DatabaseAuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    public SavedSearchView create(UserPrincipal owner, Caller caller, SavedSearchRequest request) {
        Valid valid = validate(request);
        UUID id = UUID.randomUUID();
        SavedSearchRow row = jdbi.inTransaction(handle -> {
            SavedSearchDao dao = handle.attach(SavedSearchDao.class);
            Instant now = clock.instant();
            dao.insert(id, request.name().trim(), request.query(), valid.filters.category(), valid.filters.lang(),
                    valid.filters.neighbourhood(), valid.filters.source(), valid.filters.kind(), owner.userId(),
                    valid.shared, alertType(valid.alert), minMatches(valid.alert), windowMinutes(valid.alert),
                    openCase(valid.alert), now);
            audit.record(handle, caller, "savedsearch.create", "saved_search", id.toString(), detail(request, valid));
            return dao.find(id).orElseThrow();
        });
        publisher.publish(toMessage(row));
        return view(row, owner, NO_MATCHES);
    }

    public SavedSearchView update(UserPrincipal user, Caller caller, String id, SavedSearchRequest request) {
        UUID uuid = parseId(id);
        Valid valid = validate(request);
        SavedSearchRow row = jdbi.inTransaction(handle -> {
            SavedSearchDao dao = handle.attach(SavedSearchDao.class);
            SavedSearchRow before = editable(dao.find(uuid).orElseThrow(() -> ApiException.notFound("saved search",
                    id)), user);
            dao.update(uuid, request.name().trim(), request.query(), valid.filters.category(), valid.filters.lang(),
                    valid.filters.neighbourhood(), valid.filters.source(), valid.filters.kind(), valid.shared,
                    alertType(valid.alert), minMatches(valid.alert), windowMinutes(valid.alert),
                    openCase(valid.alert), clock.instant());
            audit.record(handle, caller, "savedsearch.update", "saved_search", id, detail(request, valid));
            if (before.shared() != valid.shared) {
                audit.record(handle, caller, valid.shared ? "savedsearch.share" : "savedsearch.unshare",
                        "saved_search", id, Map.of("owner", before.ownerUsername()));
            }
            return dao.find(uuid).orElseThrow();
        });
        publisher.publish(toMessage(row));
        return view(row, user, recentMatches(List.of(uuid)).getOrDefault(uuid, NO_MATCHES));
    }

    public void delete(UserPrincipal user, Caller caller, String id) {
        UUID uuid = parseId(id);
        jdbi.useTransaction(handle -> {
            SavedSearchDao dao = handle.attach(SavedSearchDao.class);
            SavedSearchRow row = editable(dao.find(uuid).orElseThrow(() -> ApiException.notFound("saved search",
                    id)), user);
            dao.delete(uuid, clock.instant());
            audit.record(handle, caller, "savedsearch.delete", "saved_search", id,
                    Map.of("name", row.name(), "owner", row.ownerUsername()));
        });
        publisher.withdraw(id);
    }

    /** The caller's own saved searches and the team's shared ones, each with its matches of the last 24 hours. */
    public List<SavedSearchView> visibleTo(UserPrincipal user) {
        List<SavedSearchRow> rows = jdbi.withExtension(SavedSearchDao.class, dao -> dao.visibleTo(user.userId()));
        Map<UUID, List<Long>> recent = recentMatches(rows.stream().map(SavedSearchRow::id).toList());
        return rows.stream().map(row -> view(row, user, recent.getOrDefault(row.id(), NO_MATCHES))).toList();
    }

    public SavedSearchView get(UserPrincipal user, String id) {
        SavedSearchRow row = visible(user, id);
        return view(row, user, recentMatches(List.of(row.id())).getOrDefault(row.id(), NO_MATCHES));
    }

    /** A page of a saved search's alerts, newest first; visible to whoever may see the search. */
    public AlertHistory alerts(UserPrincipal user, String id, int page, int pageSize) {
        SavedSearchRow row = visible(user, id);
        return jdbi.withExtension(SavedSearchDao.class, dao -> new AlertHistory(dao.countAlerts(row.id()),
                dao.alerts(row.id(), pageSize, page * pageSize).stream().map(SavedSearchService::alertView)
                        .toList()));
    }

    private SavedSearchRow visible(UserPrincipal user, String id) {
        UUID uuid = parseId(id);
        SavedSearchRow row = jdbi.withExtension(SavedSearchDao.class, dao -> dao.find(uuid))
                .orElseThrow(() -> ApiException.notFound("saved search", id));
        if (!row.shared() && row.ownerId() != user.userId() && !user.hasRole(Roles.ADMIN)) {
            throw ApiException.notFound("saved search", id); // a private search is not there for others
        }
        return row;
    }

    private static SavedSearchRow editable(SavedSearchRow row, UserPrincipal user) {
        if (row.ownerId() == user.userId() || user.hasRole(Roles.ADMIN)) {
            return row;
        }
        if (!row.shared()) {
            throw ApiException.notFound("saved search", row.id().toString());
        }
        throw ApiException.forbidden("only the owner of a saved search or an admin may change it");
    }

    /** Per saved search, its matches in each of the last 24 hours, oldest first. */
    private Map<UUID, List<Long>> recentMatches(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        List<SavedSearchDao.HourlyMatches> counts = jdbi.withExtension(SavedSearchDao.class,
                dao -> dao.hourlyMatches(ids.toArray(UUID[]::new), now.minus(RECENT), now));
        Map<UUID, long[]> hours = new java.util.HashMap<>();
        for (SavedSearchDao.HourlyMatches count : counts) {
            int slot = HOURS - 1 - Math.min(HOURS - 1, Math.max(0, count.hoursAgo()));
            hours.computeIfAbsent(count.savedSearchId(), id -> new long[HOURS])[slot] += count.matches();
        }
        Map<UUID, List<Long>> byId = new java.util.HashMap<>();
        hours.forEach((id, values) -> byId.put(id, java.util.Arrays.stream(values).boxed().toList()));
        return byId;
    }

    private record Valid(SearchFilters filters, boolean shared, AlertRule alert) {
    }

    private Valid validate(SavedSearchRequest request) {
        if (request.name() == null || request.name().isBlank()) {
            throw ApiException.invalid("name", "must not be blank");
        }
        if (request.query() == null) {
            throw ApiException.invalid("query", "must not be null (an empty query matches every post)");
        }
        try {
            parser.parse(request.query(), QueryScope.POSTS);
        } catch (InvalidQueryException e) {
            throw ApiException.invalid("query", e.getMessage());
        }
        SearchFilters filters = request.filters() == null ? SearchFilters.NONE : new SearchFilters(
                blankToNull(request.filters().category()), blankToNull(request.filters().lang()),
                blankToNull(request.filters().neighbourhood()), blankToNull(request.filters().source()),
                blankToNull(request.filters().kind()));
        AlertRule alert = request.alert() == null ? null : request.alert().normalised();
        return new Valid(filters, request.shared() != null && request.shared(), alert);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Map<String, Object> detail(SavedSearchRequest request, Valid valid) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("name", request.name().trim());
        detail.put("query", request.query());
        detail.put("filters", valid.filters);
        detail.put("shared", valid.shared);
        detail.put("alert", valid.alert);
        return detail;
    }

    static SavedSearch toMessage(SavedSearchRow row) {
        return new SavedSearch(SchemaVersion.CURRENT, row.id().toString(), row.query(), filtersOf(row),
                String.valueOf(row.ownerId()));
    }

    static SearchFilters filtersOf(SavedSearchRow row) {
        return new SearchFilters(row.category(), row.lang(), row.neighbourhood(), row.source(), row.kind());
    }

    static AlertRule ruleOf(SavedSearchRow row) {
        return row.alertType() == null ? null
                : new AlertRule(row.alertType(), row.minMatches(), row.windowMinutes(), row.openCase());
    }

    private static SavedSearchView view(SavedSearchRow row, UserPrincipal user, List<Long> recent) {
        boolean editable = row.ownerId() == user.userId() || user.hasRole(Roles.ADMIN);
        return new SavedSearchView(row.id().toString(), row.name(), row.query(), filtersOf(row), row.ownerUsername(),
                row.shared(), ruleOf(row), recent.stream().mapToLong(Long::longValue).sum(), recent, editable, row.version(),
                row.createdAt(), row.updatedAt());
    }

    private static SavedSearchAlertView alertView(SavedSearchAlertRow row) {
        return new SavedSearchAlertView(row.id(), row.windowKey(), row.windowStart(), row.windowEnd(),
                row.matchCount(), row.narrativeId(), row.firedAt());
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(Objects.requireNonNull(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.notFound("saved search", id);
        }
    }

    private static String alertType(AlertRule rule) {
        return rule == null ? null : rule.type();
    }

    private static Integer minMatches(AlertRule rule) {
        return rule == null ? null : rule.minMatches();
    }

    private static Integer windowMinutes(AlertRule rule) {
        return rule == null ? null : rule.windowMinutes();
    }

    private static boolean openCase(AlertRule rule) {
        return rule != null && Boolean.TRUE.equals(rule.openCase());
    }
}
