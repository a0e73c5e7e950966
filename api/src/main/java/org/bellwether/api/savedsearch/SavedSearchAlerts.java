package org.bellwether.api.savedsearch;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.api.inbox.Inbox;
import org.bellwether.api.notify.Notifier;
import org.bellwether.api.savedsearch.db.SavedSearchDao;
import org.bellwether.api.savedsearch.db.SavedSearchRow;
import org.bellwether.api.triage.AlertIntake;
import org.bellwether.model.Alert;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.SearchMatch;
import org.bellwether.model.Severity;
import org.jdbi.v3.core.Jdbi;

/**
 * Turns matches into alerts, once per deployment. A match is recorded once per (saved search, post), so a
 * redelivered match changes nothing; the saved search's row is locked while a match is judged, so nodes taking
 * matches of one search at the same time see each other's; and an alert is a row unique per (saved search,
 * window), inserted with {@code ON CONFLICT DO NOTHING}: whatever the number of nodes, restarts or redeliveries,
 * a window alerts once. An alert, its inbox item, its e-mail (through the outbox) and its audit record are written
 * in one transaction; a triage case, when the owner asked for one, is opened after it (idempotent by alert id).
 * Thread-safe.
 */
public final class SavedSearchAlerts {
    /** What a match did. */
    public enum Outcome { ALERTED, MATCHED, DUPLICATE, UNKNOWN_SEARCH }

    private final Jdbi jdbi;
    private final Notifier notifier;
    private final AlertIntake cases;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public SavedSearchAlerts(Jdbi jdbi, Notifier notifier, AlertIntake cases, DatabaseAuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.notifier = notifier;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    private record Fired(long alertId, SavedSearchRow search, String narrativeId, String what, Instant at) {
    }

    private record Taken(Outcome outcome, Fired fired) {
    }

    public Outcome take(SearchMatch match) {
        UUID id;
        try {
            id = UUID.fromString(match.savedSearchId());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Outcome.UNKNOWN_SEARCH;
        }
        Taken taken = jdbi.inTransaction(handle -> {
            SavedSearchDao dao = handle.attach(SavedSearchDao.class);
            Optional<SavedSearchRow> locked = dao.lock(id);
            if (locked.isEmpty() || locked.get().deletedAt() != null) {
                return new Taken(Outcome.UNKNOWN_SEARCH, null);
            }
            SavedSearchRow search = locked.get();
            Instant now = clock.instant();
            Instant postedAt = match.postedAt() == null ? now : match.postedAt();
            if (dao.insertMatch(id, match.postId(), match.narrativeId(), postedAt, now) == 0) {
                return new Taken(Outcome.DUPLICATE, null);
            }
            AlertRule rule = SavedSearchService.ruleOf(search);
            if (rule == null) {
                return new Taken(Outcome.MATCHED, null);
            }
            String windowKey;
            Instant windowStart = null;
            Instant windowEnd = null;
            int count;
            String what;
            switch (rule.type()) {
                case AlertRule.COUNT -> {
                    windowStart = rule.windowStart(postedAt);
                    windowEnd = rule.windowEnd(windowStart);
                    count = dao.countPosted(id, windowStart, windowEnd);
                    if (count < rule.minMatches()) {
                        return new Taken(Outcome.MATCHED, null);
                    }
                    windowKey = "window:" + windowStart;
                    what = "matched " + count + " posts between " + windowStart + " and " + windowEnd
                            + " (your rule: at least " + rule.minMatches() + " within " + rule.windowMinutes()
                            + " minutes)";
                }
                case AlertRule.NARRATIVE -> {
                    if (match.narrativeId() == null || dao.countNarrative(id, match.narrativeId()) > 1) {
                        return new Taken(Outcome.MATCHED, null);
                    }
                    count = 1;
                    windowKey = "narrative:" + match.narrativeId();
                    what = "matched posts of a new narrative (" + match.narrativeId() + ")";
                }
                default -> {
                    count = 1;
                    windowKey = "first";
                    what = "matched its first post";
                }
            }
            Optional<Long> alertId = dao.insertAlert(id, windowKey, windowStart, windowEnd, count,
                    match.narrativeId(), now);
            if (alertId.isEmpty()) {
                return new Taken(Outcome.MATCHED, null); // this window alerted before
            }
            Inbox.deliver(handle, search.ownerId(), "saved-search-alert", "Saved search alert: " + search.name(),
                    "Your saved search \"" + search.name() + "\" " + what + ".",
                    "/ui/search.html?saved=" + id, "saved-search-alert:" + alertId.get(), now);
            notifier.savedSearchAlert(handle, search.ownerId(), search.name(), what, alertId.get());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("alertId", alertId.get());
            detail.put("window", windowKey);
            detail.put("matches", count);
            detail.put("owner", search.ownerUsername());
            audit.record(handle, Caller.SYSTEM, "savedsearch.alert", "saved_search", id.toString(), detail);
            return new Taken(Outcome.ALERTED, new Fired(alertId.get(), search, match.narrativeId(), what, now));
        });
        if (taken.fired() != null && taken.fired().search().openCase() && taken.fired().narrativeId() != null) {
            Fired fired = taken.fired();
            cases.ingest(new Alert(SchemaVersion.CURRENT, "saved-search:" + fired.alertId(), fired.narrativeId(),
                    null, "saved-search", Severity.MEDIUM, 0.5,
                    "saved search \"" + fired.search().name() + "\" " + fired.what(), Map.of(), fired.at()));
        }
        return taken.outcome();
    }
}
