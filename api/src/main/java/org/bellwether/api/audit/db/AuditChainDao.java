package org.bellwether.api.audit.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the audit log's hash chain in id order, each link with the canonical form its hash covers. */
@RegisterConstructorMapper(ChainLink.class)
public interface AuditChainDao {

    @SqlQuery("""
            SELECT id, prev_hash, hash, audit_log_canonical(id, at, actor, role, action, target_type, target_id,
                                                            detail, remote_addr) AS canonical
            FROM audit_log
            WHERE id > :afterId
            ORDER BY id
            LIMIT :limit
            """)
    List<ChainLink> linksAfter(long afterId, int limit);
}
