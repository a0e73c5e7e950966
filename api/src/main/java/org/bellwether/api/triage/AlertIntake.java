package org.bellwether.api.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.api.triage.db.TriageCaseRow;
import org.bellwether.api.triage.db.TriageDao;
import org.bellwether.model.Alert;
import org.bellwether.model.Severity;
import org.jdbi.v3.core.Jdbi;

/**
 * Turns alerts into triage cases, idempotently by alert id: a redelivered alert changes nothing. A first alert
 * opens a case; a later one refreshes an open case (priority, higher severity, earlier target) or reopens a
 * closed one. Thread-safe; safe with several api nodes consuming.
 */
public final class AlertIntake {
    /** What an alert did. */
    public enum Outcome { CREATED, REFLAGGED, REOPENED, DUPLICATE }

    private final Jdbi jdbi;
    private final TriageSettings settings;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public AlertIntake(Jdbi jdbi, TriageSettings settings, DatabaseAuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome ingest(Alert alert) {
        try {
            return take(alert, Caller.SYSTEM, "triage.alert", null);
        } catch (TakenElsewhere e) {
            return Outcome.DUPLICATE;
        }
    }

    /**
     * A case a person opens on a narrative (an alert of their own, with an id nobody else uses), for {@code why}:
     * audited as {@code triage.open} by that person, and in the case's history as theirs (the opening, or the
     * reopening of a closed case, with their reason; on a case that is open already their reason becomes a note).
     * Opening a case that exists refreshes it as a second flag would.
     */
    public Outcome open(Caller caller, Alert alert, String why) {
        return take(alert, caller, "triage.open", why);
    }

    /** Another node took the same alert in first: the transaction rolls back. */
    private static final class TakenElsewhere extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private Outcome take(Alert alert, Caller caller, String action, String why) {
        return jdbi.inTransaction(handle -> {
            TriageDao dao = handle.attach(TriageDao.class);
            if (dao.alertSeen(alert.alertId()) > 0) {
                return Outcome.DUPLICATE;
            }
            Severity severity = alert.severity() == null ? Severity.MEDIUM : alert.severity();
            Instant received = clock.instant();
            Instant flaggedAt = alert.flaggedAt() == null ? received : alert.flaggedAt();
            // the response-time clock starts when the team can see the case: a flag in event time that reaches
            // the api late (a backlog, a replayed day) is not overdue on arrival
            Instant clockStart = flaggedAt.isAfter(received) ? flaggedAt : received;
            Instant targetAt = clockStart.plus(settings.target(severity));
            String label = alert.label() == null ? alert.narrativeId() : alert.label();
            Outcome outcome;
            if (dao.insertIfAbsent(UUID.randomUUID(), alert.narrativeId(), label, severity.wireName(),
                    alert.priority(), flaggedAt, targetAt) == 1) {
                outcome = Outcome.CREATED;
            } else {
                TriageCaseRow row = dao.lockByNarrative(alert.narrativeId()).orElseThrow();
                Severity merged = higher(Severity.fromWireName(row.severity()), severity);
                if ("closed".equals(row.state())) {
                    dao.reopen(row.id(), label, merged.wireName(), alert.priority(), flaggedAt,
                            clockStart.plus(settings.target(merged)));
                    dao.insertEvent(row.id(), "closed", "new", why == null ? "system" : caller.actor(),
                            why == null ? "flagged again" : why, clock.instant());
                    outcome = Outcome.REOPENED;
                } else {
                    Instant target = row.targetAt().isBefore(targetAt) ? row.targetAt() : targetAt;
                    dao.reflag(row.id(), label, merged.wireName(), alert.priority(), flaggedAt, target);
                    if (why != null) {
                        dao.insertNote(row.id(), caller.actor(), why, received);
                    }
                    outcome = Outcome.REFLAGGED;
                }
            }
            TriageCaseRow row = dao.findByNarrative(alert.narrativeId()).orElseThrow();
            if (outcome == Outcome.CREATED && why != null) {
                dao.insertEvent(row.id(), null, "new", caller.actor(), why, received);
            }
            if (dao.insertAlert(alert.alertId(), row.id(), alert.narrativeId(), alert.rule(), severity.wireName(),
                    alert.priority(), alert.reason(), flaggedAt) == 0) {
                throw new TakenElsewhere();
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("alertId", alert.alertId());
            detail.put("narrativeId", alert.narrativeId());
            detail.put("severity", severity.wireName());
            detail.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
            audit.record(handle, caller, action, "case", row.id().toString(), detail);
            return outcome;
        });
    }

    private static Severity higher(Severity a, Severity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
