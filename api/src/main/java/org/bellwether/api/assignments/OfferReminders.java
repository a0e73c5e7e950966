package org.bellwether.api.assignments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bellwether.api.assignments.db.OfferReminderDao;
import org.bellwether.api.assignments.db.UnacknowledgedOfferRow;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.messengers.db.MessengerDao;
import org.bellwether.api.notify.Notifier;
import org.bellwether.api.triage.TriageSettings;
import org.bellwether.model.Severity;
import org.jdbi.v3.core.Jdbi;

/**
 * Offers nobody answers: once the case's response target (by severity, {@code triage.targets}) has passed since the
 * offer, the messenger is reminded, once; when another target has passed after the reminder, the officer who made
 * the offer is alerted to reassign it. Both are queued in the outbox in the transaction that marks them, so each
 * happens once however often and on however many nodes the job runs. Thread-safe.
 */
public final class OfferReminders {
    private static final int BATCH = 200;

    private final Jdbi jdbi;
    private final TriageSettings triage;
    private final Notifier notifier;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public OfferReminders(Jdbi jdbi, TriageSettings triage, Notifier notifier, DatabaseAuditTrail audit,
                          Clock clock) {
        this.jdbi = jdbi;
        this.triage = triage;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one run did. */
    public record Run(int reminded, int officersAlerted) {
    }

    /** One pass over unacknowledged offers. */
    public Run run() {
        Instant now = clock.instant();
        Duration shortest = triage.targets().values().stream().min(Duration::compareTo).orElse(Duration.ZERO);
        return jdbi.inTransaction(handle -> {
            OfferReminderDao dao = handle.attach(OfferReminderDao.class);
            MessengerDao messengers = handle.attach(MessengerDao.class);
            List<UnacknowledgedOfferRow> offers = dao.unacknowledged(now.minus(shortest), BATCH);
            int reminded = 0;
            int alerted = 0;
            for (UnacknowledgedOfferRow offer : offers) {
                Duration target = triage.target(Severity.fromWireName(offer.severity()));
                if (offer.remindedAt() == null) {
                    if (!offer.createdAt().plus(target).isAfter(now) && dao.markReminded(offer.id(), now) == 1) {
                        messengers.find(offer.messengerId()).map(MessengerService::toDomain).ifPresent(messenger ->
                                notifier.offerReminder(handle, offer.id(), messenger, offer.label(),
                                        offer.deadline()));
                        audit.record(handle, Caller.SYSTEM, "assignment.remind", "assignment", offer.id().toString(),
                                Map.of("target", target.toString()));
                        reminded++;
                    }
                } else if (!offer.remindedAt().plus(target).isAfter(now)
                        && dao.markOfficerAlerted(offer.id(), now) == 1) {
                    notifier.officerUpdate(handle, offer.offeredBy(), offer.id(), "unacknowledged", offer.label(),
                            "The messenger was reminded at " + offer.remindedAt() + " and has not answered. "
                                    + "Please reassign it.");
                    audit.record(handle, Caller.SYSTEM, "assignment.alert-officer", "assignment",
                            offer.id().toString(), Map.of("officer", offer.offeredBy()));
                    alerted++;
                }
            }
            return new Run(reminded, alerted);
        });
    }
}
