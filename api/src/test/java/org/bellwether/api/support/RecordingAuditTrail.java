package org.bellwether.api.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.Caller;

/** An audit trail that remembers events in memory. Thread-safe. */
public final class RecordingAuditTrail implements AuditTrail {
    /** One recorded event. */
    public record Event(Caller caller, String action, String targetType, String targetId, Map<String, ?> detail) {
    }

    public final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(Caller caller, String action, String targetType, String targetId, Map<String, ?> detail) {
        events.add(new Event(caller, action, targetType, targetId, detail));
    }

    public List<String> actions() {
        return events.stream().map(Event::action).toList();
    }
}
