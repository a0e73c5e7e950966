package org.bellwether.api.audit;

import java.util.Map;
import org.bellwether.api.common.Caller;

/** Appends to the audit log (who, what, when, from where). Implementations are thread-safe. */
public interface AuditTrail {

    /**
     * @param caller     who, from where
     * @param action     what, dotted: {@code search.posts}, {@code triage.transition}, {@code briefing.view}
     * @param targetType what kind of thing, or null
     * @param targetId   which one, or null
     * @param detail     small JSON-able facts (query, filters, old and new state)
     */
    void record(Caller caller, String action, String targetType, String targetId, Map<String, ?> detail);
}
