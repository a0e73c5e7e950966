package org.bellwether.api.audit;

import java.time.Clock;
import java.util.Map;
import org.bellwether.api.audit.db.AuditStatements;
import org.bellwether.api.common.Caller;
import org.bellwether.model.Json;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes each audit event synchronously to {@code audit_log}. Inside a transaction, use
 * {@link #record(Handle, Caller, String, String, String, Map)} so the event commits with the change it describes.
 * Thread-safe.
 */
public final class DatabaseAuditTrail implements AuditTrail {
    private final Jdbi jdbi;
    private final Clock clock;

    public DatabaseAuditTrail(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void record(Caller caller, String action, String targetType, String targetId, Map<String, ?> detail) {
        jdbi.useHandle(handle -> record(handle, caller, action, targetType, targetId, detail));
    }

    /** Appends inside the caller's transaction. */
    public void record(Handle handle, Caller caller, String action, String targetType, String targetId,
                       Map<String, ?> detail) {
        AuditStatements.appendAudit(handle, clock.instant(), caller.actor(), caller.role(), action, targetType, targetId,
                Json.writeString(detail == null ? Map.of() : detail), caller.remoteAddr());
    }
}
