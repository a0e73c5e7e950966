package org.bellwether.api.audit.db;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Appends batches to and reads the audit log (single records: {@link AuditStatements#appendAudit}). There is
 * deliberately no update or delete.
 */
@RegisterConstructorMapper(AuditRecord.class)
public interface AuditDao {

    @SqlBatch("""
            INSERT INTO audit_log (at, actor, role, action, target_type, target_id, detail, remote_addr)
            VALUES (:at, :actor, :role, :action, :targetType, :targetId, CAST(:detail AS jsonb), :remoteAddr)
            """)
    void appendAll(@BindMethods List<AuditRecord> records);

    /** Newest first; every filter is optional (null = any). */
    @SqlQuery("""
            SELECT id, at, actor, role, action, target_type, target_id, detail::text AS detail, remote_addr
            FROM audit_log
            WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
              AND (CAST(:action AS text) IS NULL OR action LIKE :action || '%')
              AND (CAST(:targetType AS text) IS NULL OR target_type = :targetType)
              AND (CAST(:targetId AS text) IS NULL OR target_id = :targetId)
              AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)
              AND (CAST(:to AS timestamptz) IS NULL OR at < :to)
            ORDER BY id DESC
            LIMIT :limit OFFSET :offset
            """)
    List<AuditRecord> find(String actor, String action, String targetType, String targetId, Instant from,
                           Instant to, int limit, int offset);
}
