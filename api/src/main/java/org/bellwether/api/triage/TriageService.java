package org.bellwether.api.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.common.Page;
import org.bellwether.api.triage.db.TriageCaseRow;
import org.bellwether.api.triage.db.TriageDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The triage queue and workflow. Every change is conditional on the version the caller saw (a stale write is a
 * 409, never a silent overwrite) and is audited in the same transaction. Thread-safe.
 */
public final class TriageService {
    private final Jdbi jdbi;
    private final TriageSettings settings;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public TriageService(Jdbi jdbi, TriageSettings settings, DatabaseAuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<TriageCase> queue(String state, boolean overdueOnly, int page, int pageSize) {
        String wanted = state == null ? null : TriageState.parse("state", state).wireName();
        Instant now = clock.instant();
        TriageDao dao = jdbi.onDemand(TriageDao.class);
        List<TriageCase> hits = dao.queue(wanted, overdueOnly, now, pageSize, page * pageSize).stream()
                .map(this::view).toList();
        return new Page<>(dao.count(wanted, overdueOnly, now), page, pageSize, hits);
    }

    public TriageCaseHistory detail(UUID id) {
        return jdbi.withHandle(handle -> {
            TriageDao dao = handle.attach(TriageDao.class);
            TriageCaseRow row = dao.find(id).orElseThrow(() -> ApiException.notFound("case", id.toString()));
            return new TriageCaseHistory(view(row), dao.notes(id).stream()
                    .map(note -> new TriageNote(note.id(), note.caseId(), note.author(), note.body(), note.createdAt()))
                    .toList(), dao.events(id).stream()
                    .map(event -> new TriageEvent(event.id(), event.caseId(), event.fromState(), event.toState(),
                            event.actor(), event.reason(), event.at()))
                    .toList());
        });
    }

    /** The case of a narrative; 404 when it has none. */
    public TriageCase ofNarrative(String narrativeId) {
        return view(jdbi.onDemand(TriageDao.class).findByNarrative(narrativeId)
                .orElseThrow(() -> ApiException.notFound("case of narrative", narrativeId)));
    }

    public TriageCase get(UUID id) {
        return view(jdbi.onDemand(TriageDao.class).find(id)
                .orElseThrow(() -> ApiException.notFound("case", id.toString())));
    }

    /** Moves a case; 409 when {@code expectedVersion} is stale or the move is not allowed from its state. */
    public TriageCase transition(Caller caller, UUID id, long expectedVersion, String to, String reason) {
        TriageState target = TriageState.parse("to", to);
        if (target == TriageState.DISMISSED && (reason == null || reason.isBlank())) {
            throw ApiException.invalid("reason", "a reason is required to dismiss");
        }
        return jdbi.inTransaction(handle -> view(move(handle, caller, id, expectedVersion, target, reason)));
    }

    /** Each case moves at the version it has now, or reports why not. */
    public List<BulkResult> bulk(Caller caller, List<UUID> ids, String to, String reason) {
        TriageState target = TriageState.parse("to", to);
        if (target == TriageState.DISMISSED && (reason == null || reason.isBlank())) {
            throw ApiException.invalid("reason", "a reason is required to dismiss");
        }
        List<BulkResult> results = new ArrayList<>();
        for (UUID id : ids) {
            try {
                TriageCaseRow moved = jdbi.inTransaction(handle -> {
                    TriageCaseRow current = handle.attach(TriageDao.class).find(id)
                            .orElseThrow(() -> ApiException.notFound("case", id.toString()));
                    return move(handle, caller, id, current.version(), target, reason);
                });
                results.add(new BulkResult(id, 200, moved.state(), moved.version(), null));
            } catch (ApiException e) {
                results.add(new BulkResult(id, e.status(), null, null, e.getMessage()));
            }
        }
        return results;
    }

    public void addNote(Caller caller, UUID id, String body) {
        jdbi.useTransaction(handle -> {
            TriageDao dao = handle.attach(TriageDao.class);
            dao.find(id).orElseThrow(() -> ApiException.notFound("case", id.toString()));
            dao.insertNote(id, caller.actor(), body, clock.instant());
            audit.record(handle, caller, "triage.note", "case", id.toString(), Map.of("length", body.length()));
        });
    }

    private TriageCaseRow move(Handle handle, Caller caller, UUID id, long expectedVersion, TriageState target,
                               String reason) {
        TriageDao dao = handle.attach(TriageDao.class);
        TriageCaseRow row = dao.find(id).orElseThrow(() -> ApiException.notFound("case", id.toString()));
        if (row.version() != expectedVersion) {
            throw ApiException.conflict("the case changed: it is at version " + row.version() + ", not "
                    + expectedVersion + "; reload and try again");
        }
        TriageState from = TriageState.parse("state", row.state());
        if (!from.canMoveTo(target)) {
            throw ApiException.conflict("a case cannot go from " + from.wireName() + " to " + target.wireName()
                    + "; from " + from.wireName() + " it can go to "
                    + from.next().stream().map(TriageState::wireName).sorted().toList());
        }
        Instant now = clock.instant();
        Instant decidedAt = from.undecided() && !target.undecided() ? now : null;
        String dismissReason = target == TriageState.DISMISSED ? reason : row.dismissReason();
        if (dao.transition(id, expectedVersion, target.wireName(), dismissReason, decidedAt) == 0) {
            throw ApiException.conflict("the case changed meanwhile; reload and try again");
        }
        dao.insertEvent(id, from.wireName(), target.wireName(), caller.actor(), reason, now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", from.wireName());
        detail.put("to", target.wireName());
        detail.put("reason", reason);
        detail.put("narrativeId", row.narrativeId());
        audit.record(handle, caller, "triage.transition", "case", id.toString(), detail);
        return dao.find(id).orElseThrow();
    }

    /** Moves the case of a narrative to responding when it is acknowledged or monitoring (assignment created). */
    public void markResponding(Handle handle, Caller caller, UUID caseId) {
        TriageCaseRow row = handle.attach(TriageDao.class).find(caseId).orElseThrow();
        TriageState state = TriageState.parse("state", row.state());
        if (state != TriageState.RESPONDING && state.canMoveTo(TriageState.RESPONDING)) {
            move(handle, caller, caseId, row.version(), TriageState.RESPONDING, "assignment offered");
        }
    }

    public TriageCase view(TriageCaseRow row) {
        TriageState state = TriageState.parse("state", row.state());
        boolean overdue = state.undecided() && clock.instant().isAfter(row.targetAt());
        return new TriageCase(row.id(), row.narrativeId(), row.label(), row.severity(), row.priority(), state,
                row.dismissReason(), row.flagCount(), row.firstFlaggedAt(), row.lastFlaggedAt(), row.targetAt(),
                overdue, row.decidedAt(), row.escalatedAt(), row.version());
    }

    TriageSettings settings() {
        return settings;
    }
}
