package org.bellwether.api.assignments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.assignments.db.AssignmentDao;
import org.bellwether.api.assignments.db.AssignmentRow;
import org.bellwether.api.assignments.db.HotStatements;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.messengers.Messenger;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.messengers.db.MessengerDao;
import org.bellwether.api.notify.Notification;
import org.bellwether.api.notify.Notifier;
import org.bellwether.api.notify.Outbox;
import org.bellwether.api.triage.TriageService;
import org.bellwether.api.users.db.UserDao;
import org.bellwether.api.users.db.UserRow;
import org.bellwether.api.triage.TriageState;
import org.bellwether.api.triage.db.TriageCaseRow;
import org.bellwether.api.triage.db.TriageDao;
import org.bellwether.model.Json;
import org.bellwether.model.ResponseEvent;
import org.bellwether.model.SchemaVersion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Assignments of narratives to messengers. Offers check eligibility under a lock on the messenger (capacity is
 * never exceeded by concurrent offers); every move is conditional on the version the caller saw; a messenger
 * sees and moves only their own assignments (others' are 404 to them). A response is queued for the
 * {@code responses} topic in the same transaction. Thread-safe.
 */
public final class AssignmentService {
    static final Duration DEFAULT_DEADLINE = Duration.ofHours(24);

    private final Jdbi jdbi;
    private final TriageService triage;
    private final Notifier notifier;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public AssignmentService(Jdbi jdbi, TriageService triage, Notifier notifier, DatabaseAuditTrail audit,
                             Clock clock) {
        this.jdbi = jdbi;
        this.triage = triage;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    public Assignment offer(Caller caller, String narrativeId, UUID messengerId, Instant deadline, String note) {
        UUID id = UUID.randomUUID();
        return view(jdbi.inTransaction(handle -> {
            offer(handle, caller, id, narrativeId, messengerId, deadline, note);
            return HotStatements.findAssignment(handle, id).orElseThrow();
        }));
    }

    private void offer(Handle handle, Caller caller, UUID id, String narrativeId, UUID messengerId, Instant deadline,
                       String note) {
        TriageCaseRow triageCase = handle.attach(TriageDao.class).findByNarrative(narrativeId)
                .orElseThrow(() -> ApiException.conflict("narrative '" + narrativeId
                        + "' has no triage case: only flagged narratives are assigned"));
        TriageState state = TriageState.parse("state", triageCase.state());
        if (state != TriageState.RESPONDING && !state.canMoveTo(TriageState.RESPONDING)) {
            throw ApiException.conflict("the case is " + state.wireName()
                    + "; acknowledge it first (assignments need a case that can be responded to)");
        }
        MessengerDao messengers = handle.attach(MessengerDao.class);
        messengers.lock(messengerId).orElseThrow(() -> ApiException.notFound("messenger", messengerId.toString()));
        Messenger messenger = MessengerService.toDomain(messengers.find(messengerId).orElseThrow());
        Instant now = clock.instant();
        List<String> reasons = messenger.ineligibility(now);
        if (!reasons.isEmpty()) {
            throw ApiException.conflict("messenger " + messenger.pseudonym() + " cannot take it: "
                    + String.join(", ", reasons));
        }
        Instant due = deadline == null ? now.plus(DEFAULT_DEADLINE) : deadline;
        if (!due.isAfter(now)) {
            throw ApiException.invalid("deadline", "must be in the future");
        }
        handle.attach(AssignmentDao.class).insert(id, triageCase.id(), narrativeId, messengerId, due,
                caller.actor(), note);
        triage.markResponding(handle, caller, triageCase.id());
        notifier.assignmentOffered(handle, id, messenger, triageCase.label(), due);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("narrativeId", narrativeId);
        detail.put("messengerId", messengerId.toString());
        detail.put("deadline", due.toString());
        audit.record(handle, caller, "assignment.offer", "assignment", id.toString(), detail);
    }

    public List<Assignment> list(UserPrincipal user, String narrativeId, String state, int page, int pageSize) {
        UUID messengerId = user.isStaff() ? null : ownMessengerId(user);
        if (!user.isStaff() && messengerId == null) {
            return List.of();
        }
        String wanted = state == null ? null : parseState(state).wireName();
        return jdbi.onDemand(AssignmentDao.class).find(messengerId, narrativeId, wanted, pageSize, page * pageSize)
                .stream().map(this::view).toList();
    }

    /** One assignment the user may see: staff see all, a messenger only their own (404 otherwise). */
    public AssignmentRow visible(UserPrincipal user, UUID id) {
        AssignmentRow row = jdbi.withHandle(handle -> HotStatements.findAssignment(handle, id))
                .orElseThrow(() -> ApiException.notFound("assignment", id.toString()));
        if (!user.isStaff() && (row.messengerUserId() == null || row.messengerUserId() != user.userId())) {
            throw ApiException.notFound("assignment", id.toString());
        }
        return row;
    }

    public Assignment get(UserPrincipal user, UUID id) {
        return view(visible(user, id));
    }

    /** accept, decline (reason), start, withdraw (reason), close. */
    public Assignment move(Caller caller, UserPrincipal user, UUID id, long expectedVersion, String to,
                               String reason) {
        AssignmentState target = parseState(to);
        if (target == AssignmentState.RESPONDED) {
            throw ApiException.invalid("to", "record a response at /respond");
        }
        if ((target == AssignmentState.DECLINED || target == AssignmentState.WITHDRAWN)
                && (reason == null || reason.isBlank())) {
            throw ApiException.invalid("reason", "a reason is required");
        }
        return view(jdbi.inTransaction(handle -> {
            AssignmentRow row = checked(handle, user, id, expectedVersion, target);
            int changed = HotStatements.transition(handle, id, expectedVersion, target.wireName(),
                    target == AssignmentState.DECLINED ? reason : null,
                    target == AssignmentState.WITHDRAWN ? reason : null, null);
            stale(changed);
            if (target == AssignmentState.DECLINED) {
                notifier.officerUpdate(handle, row.offeredBy(), id, "declined", row.narrativeLabel(), reason);
            }
            audited(handle, caller, row, target, reason);
            return row.moved(target.wireName(), target == AssignmentState.DECLINED ? reason : null,
                    target == AssignmentState.WITHDRAWN ? reason : null, clock.instant());
        }));
    }

    /**
     * A messenger's accept or decline sent as a message ({@link OfferReplies}), inside the caller's transaction; the
     * actor is the messenger (their account's user name, or their pseudonym without one). Returns false when the
     * assignment moved meanwhile.
     */
    boolean answerByMessage(Handle handle, AssignmentRow row, Messenger messenger, boolean accept, String reason,
                            String channel) {
        AssignmentState target = accept ? AssignmentState.ACCEPTED : AssignmentState.DECLINED;
        if (!AssignmentState.parse(row.state()).canMoveTo(target)) {
            return false;
        }
        String why = accept ? null : reason == null ? "declined by " + channel + " reply" : reason;
        if (HotStatements.transition(handle, row.id(), row.version(), target.wireName(), why, null, null) == 0) {
            return false;
        }
        String actor = messenger.userId() == null ? "messenger:" + messenger.pseudonym()
                : handle.attach(UserDao.class).findById(messenger.userId()).map(UserRow::username)
                        .orElse("messenger:" + messenger.pseudonym());
        Caller caller = new Caller(actor, Roles.MESSENGER, channel);
        if (!accept) {
            notifier.officerUpdate(handle, row.offeredBy(), row.id(), "declined", row.narrativeLabel(), why);
        }
        audited(handle, caller, row, target, accept ? "by " + channel + " reply" : why);
        return true;
    }

    public Assignment respond(Caller caller, UserPrincipal user, UUID id, long expectedVersion,
                                  ResponseRecord response) {
        if ((response.link() == null || response.link().isBlank())
                && (response.description() == null || response.description().isBlank())) {
            throw ApiException.invalid("description", "give a link or a description of the response");
        }
        Instant now = clock.instant();
        Instant at = response.respondedAt() == null ? now : response.respondedAt();
        if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw ApiException.invalid("respondedAt", "cannot be in the future");
        }
        return view(jdbi.inTransaction(handle -> {
            AssignmentRow row = checked(handle, user, id, expectedVersion, AssignmentState.RESPONDED);
            stale(HotStatements.respond(handle, id, expectedVersion, response.channel(),
                    response.link(), response.description(), response.language(), response.estimatedReach(), at));
            ResponseEvent event = new ResponseEvent(SchemaVersion.CURRENT, "response-" + id, row.narrativeId(),
                    id.toString(), response.channel(), response.language(), at, response.estimatedReach(),
                    response.description());
            Outbox.enqueue(handle, new Notification(Notification.KAFKA, row.narrativeId(), null, null,
                    Json.writeString(event), "response:" + id));
            notifier.officerUpdate(handle, row.offeredBy(), id, "responded", row.narrativeLabel(),
                    "Channel: " + response.channel());
            audited(handle, caller, row, AssignmentState.RESPONDED, response.channel());
            return HotStatements.findAssignment(handle, id).orElseThrow();
        }));
    }

    /** Withdraws an open assignment and offers the narrative to another messenger, atomically. */
    public Assignment reassign(Caller caller, UserPrincipal user, UUID id, long expectedVersion,
                                   UUID messengerId, Instant deadline, String reason) {
        UUID next = UUID.randomUUID();
        jdbi.useTransaction(handle -> {
            AssignmentRow row = checked(handle, user, id, expectedVersion, AssignmentState.WITHDRAWN);
            if (row.messengerId().equals(messengerId)) {
                throw ApiException.conflict("the assignment is already with this messenger");
            }
            String why = reason == null || reason.isBlank() ? "reassigned" : reason;
            stale(HotStatements.transition(handle, id, expectedVersion, "withdrawn", null, why, next));
            audited(handle, caller, row, AssignmentState.WITHDRAWN, why);
            offer(handle, caller, next, row.narrativeId(), messengerId, deadline, row.note());
        });
        return view(jdbi.withHandle(handle -> HotStatements.findAssignment(handle, next)).orElseThrow());
    }

    private AssignmentRow checked(Handle handle, UserPrincipal user, UUID id, long expectedVersion,
                                  AssignmentState target) {
        AssignmentRow row = HotStatements.findAssignment(handle, id)
                .orElseThrow(() -> ApiException.notFound("assignment", id.toString()));
        boolean own = row.messengerUserId() != null && row.messengerUserId() == user.userId();
        if (!user.isStaff() && !own) {
            throw ApiException.notFound("assignment", id.toString());
        }
        if (target.messengerMove() && !own) {
            throw ApiException.forbidden("only the assigned messenger can " + verb(target) + " an assignment");
        }
        if (!target.messengerMove() && !user.isStaff()) {
            throw ApiException.forbidden("only officers and admins can " + verb(target) + " an assignment");
        }
        if (row.version() != expectedVersion) {
            throw ApiException.conflict("the assignment changed: it is at version " + row.version() + ", not "
                    + expectedVersion + "; reload and try again");
        }
        AssignmentState from = AssignmentState.parse(row.state());
        if (!from.canMoveTo(target)) {
            throw ApiException.conflict("an assignment cannot go from " + from.wireName() + " to "
                    + target.wireName() + "; from " + from.wireName() + " it can go to "
                    + from.next().stream().map(AssignmentState::wireName).sorted().toList());
        }
        return row;
    }

    private void audited(Handle handle, Caller caller, AssignmentRow row, AssignmentState target, String reason) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", row.state());
        detail.put("to", target.wireName());
        detail.put("reason", reason);
        detail.put("narrativeId", row.narrativeId());
        audit.record(handle, caller, "assignment.transition", "assignment", row.id().toString(), detail);
    }

    private UUID ownMessengerId(UserPrincipal user) {
        return jdbi.withHandle(handle -> ownMessengerId(handle, user));
    }

    private static UUID ownMessengerId(Handle handle, UserPrincipal user) {
        return handle.attach(MessengerDao.class).idForUser(user.userId()).orElse(null);
    }

    public Assignment view(AssignmentRow row) {
        AssignmentState state = AssignmentState.parse(row.state());
        Assignment.Response response = row.respondedAt() == null ? null : new Assignment.Response(
                row.responseChannel(), row.responseLink(), row.responseDescription(), row.responseLanguage(),
                row.estimatedReach(), row.respondedAt());
        boolean overdue = state.open() && clock.instant().isAfter(row.deadline());
        return new Assignment(row.id(), row.caseId(), row.narrativeId(), row.narrativeLabel(), row.messengerId(),
                row.messengerPseudonym(), state, row.deadline(), overdue, row.offeredBy(), row.note(),
                row.declineReason(), row.withdrawReason(), row.reassignedTo(), response, row.version(),
                row.createdAt(), row.updatedAt());
    }

    private static AssignmentState parseState(String value) {
        try {
            return AssignmentState.parse(value);
        } catch (IllegalStateException e) {
            throw ApiException.invalid("to", "expected one of offered, accepted, declined, in_progress, responded, "
                    + "closed, withdrawn");
        }
    }

    private static String verb(AssignmentState target) {
        return switch (target) {
            case ACCEPTED -> "accept";
            case DECLINED -> "decline";
            case IN_PROGRESS -> "start";
            case RESPONDED -> "respond to";
            case WITHDRAWN -> "withdraw";
            case CLOSED -> "close";
            case OFFERED -> "offer";
        };
    }

    private static void stale(int changed) {
        if (changed == 0) {
            throw ApiException.conflict("the assignment changed meanwhile; reload and try again");
        }
    }
}
