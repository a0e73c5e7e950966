package org.bellwether.api.assignments;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The assignment workflow: offered → accepted | declined (reason) → in progress → responded (response record) →
 * closed. An officer may withdraw an open assignment (offered, accepted, in progress); reassignment is a
 * withdrawal plus a new offer.
 */
public enum AssignmentState {
    OFFERED, ACCEPTED, DECLINED, IN_PROGRESS, RESPONDED, CLOSED, WITHDRAWN;

    private static final Map<AssignmentState, Set<AssignmentState>> NEXT = Map.of(
            OFFERED, EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN),
            ACCEPTED, EnumSet.of(IN_PROGRESS, WITHDRAWN),
            IN_PROGRESS, EnumSet.of(RESPONDED, WITHDRAWN),
            RESPONDED, EnumSet.of(CLOSED),
            DECLINED, EnumSet.noneOf(AssignmentState.class),
            CLOSED, EnumSet.noneOf(AssignmentState.class),
            WITHDRAWN, EnumSet.noneOf(AssignmentState.class));

    public boolean canMoveTo(AssignmentState next) {
        return NEXT.get(this).contains(next);
    }

    public Set<AssignmentState> next() {
        return Set.copyOf(NEXT.get(this));
    }

    /** Counts against the messenger's capacity and can become overdue. */
    public boolean open() {
        return this == OFFERED || this == ACCEPTED || this == IN_PROGRESS;
    }

    /** Moves a messenger makes (the others are an officer's). */
    public boolean messengerMove() {
        return this == ACCEPTED || this == DECLINED || this == IN_PROGRESS || this == RESPONDED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssignmentState parse(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown assignment state " + value));
    }
}
