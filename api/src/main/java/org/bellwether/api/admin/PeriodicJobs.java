package org.bellwether.api.admin;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bellwether.api.assignments.OfferReminders;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.auth.db.TokenDao;
import org.bellwether.api.common.Caller;
import org.bellwether.api.notify.Notifier;
import org.bellwether.api.notify.db.OutboxDao;
import org.bellwether.api.triage.TriageSettings;
import org.bellwether.api.triage.db.TriageCaseRow;
import org.bellwether.api.triage.db.TriageDao;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The api's background jobs: escalation of overdue cases and reminders of unanswered offers (every
 * {@code triage.escalationCheck}) and retention (every {@code retention.interval}): raw post text older than the
 * policy is deleted from the search replica, delivered notification bodies are blanked and expired tokens removed;
 * aggregates stay. Thread-safe.
 */
public final class PeriodicJobs implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJobs.class);

    private final Jdbi jdbi;
    private final TriageSettings triage;
    private final RetentionSettings retention;
    private final TextExpiry textExpiry;
    private final Notifier notifier;
    private final OfferReminders offerReminders;
    private final DatabaseAuditTrail audit;
    private final Clock clock;
    private ScheduledExecutorService executor;
    /** The last retention run on this node: one reference, so a reader never mixes two runs. */
    private volatile RetentionRun lastRetention = new RetentionRun(null, Map.of());

    private record RetentionRun(Instant at, Map<String, Long> removed) {
    }

    public PeriodicJobs(Jdbi jdbi, TriageSettings triage, RetentionSettings retention, TextExpiry textExpiry,
                        Notifier notifier, OfferReminders offerReminders, DatabaseAuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.triage = triage;
        this.retention = retention;
        this.textExpiry = textExpiry;
        this.notifier = notifier;
        this.offerReminders = offerReminders;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "periodic-jobs");
            thread.setDaemon(true);
            return thread;
        });
        long escalation = triage.escalationCheck().toMillis();
        executor.scheduleWithFixedDelay(() -> guarded("escalation", () -> {
            escalateOverdue();
            offerReminders.run();
        }), escalation, escalation,
                TimeUnit.MILLISECONDS);
        if (retention.enabled()) {
            long interval = retention.interval().toMillis();
            executor.scheduleWithFixedDelay(() -> guarded("retention", () -> {
                applyRetention();
            }), 0, interval,
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** Marks undecided cases past their target as escalated and notifies officers and admins; returns how many. */
    public int escalateOverdue() {
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            TriageDao dao = handle.attach(TriageDao.class);
            List<TriageCaseRow> due = dao.dueForEscalation(now, 100);
            for (TriageCaseRow row : due) {
                dao.markEscalated(row.id(), now);
                notifier.escalation(handle, row.id(), row.label(), row.severity(), row.targetAt());
                audit.record(handle, Caller.SYSTEM, "triage.escalate", "case", row.id().toString(),
                        Map.of("severity", row.severity(), "targetAt", row.targetAt().toString()));
            }
            return due.size();
        });
    }

    /** Applies the retention policy once; returns what it removed. */
    public Map<String, Long> applyRetention() {
        Instant cutoff = clock.instant().minus(retention.rawText());
        long texts = textExpiry.expireTextBefore(cutoff);
        long bodies = jdbi.withExtension(OutboxDao.class, dao -> (long) dao.blankDeliveredBefore(cutoff));
        long tokens = jdbi.withExtension(TokenDao.class, dao -> (long) dao.deleteExpired(clock.instant()));
        Map<String, Long> removed = new LinkedHashMap<>();
        removed.put("postTexts", texts);
        removed.put("notificationBodies", bodies);
        removed.put("expiredTokens", tokens);
        Map<String, Object> detail = new LinkedHashMap<>(removed);
        detail.put("cutoff", cutoff.toString());
        audit.record(Caller.SYSTEM, "retention.run", "retention", null, detail);
        lastRetention = new RetentionRun(clock.instant(), Map.copyOf(removed));
        return removed;
    }

    /** The policy as it applies now, and what the last run on this node removed. */
    public RetentionStatus retentionPolicy() {
        RetentionRun last = lastRetention;
        return new RetentionStatus(retention, clock.instant().minus(retention.rawText()), last.at(), last.removed());
    }

    private void guarded(String name, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.warn("{} job failed: {}", name, e.toString());
        }
    }
}
