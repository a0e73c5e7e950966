package org.bellwether.api.triage;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bellwether.api.common.ApiException;

/**
 * The triage workflow: new → acknowledged → dismissed (reason) | monitoring | responding → closed. A closed case
 * is reopened (→ new) only by a new alert for its narrative. Monitoring may still turn into responding or a
 * dismissal.
 */
public enum TriageState {
    NEW, ACKNOWLEDGED, DISMISSED, MONITORING, RESPONDING, CLOSED;

    private static final Map<TriageState, Set<TriageState>> NEXT = Map.of(
            NEW, EnumSet.of(ACKNOWLEDGED),
            ACKNOWLEDGED, EnumSet.of(DISMISSED, MONITORING, RESPONDING),
            MONITORING, EnumSet.of(RESPONDING, DISMISSED, CLOSED),
            RESPONDING, EnumSet.of(CLOSED),
            DISMISSED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(TriageState.class));

    /** True when an officer may move a case from this state to {@code next}. */
    public boolean canMoveTo(TriageState next) {
        return NEXT.get(this).contains(next);
    }

    public Set<TriageState> next() {
        return Set.copyOf(NEXT.get(this));
    }

    /** Still waiting for a decision: the response-time target applies. */
    public boolean undecided() {
        return this == NEW || this == ACKNOWLEDGED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TriageState parse(String field, String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid(field, "expected one of "
                        + Arrays.stream(values()).map(TriageState::wireName).toList()));
    }
}
