package org.bellwether.api.audit.db;

import java.time.Instant;

/** A row of the append-only {@code audit_log}; {@code detail} is a JSON object. */
public record AuditRecord(long id, Instant at, String actor, String role, String action, String targetType,
                          String targetId, String detail, String remoteAddr) {
}
