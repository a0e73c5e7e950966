package org.bellwether.api.messengers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A credible messenger as the domain sees it (contact details stay sealed here).
 *
 * @param openAssignments offered, accepted or in progress now
 * @param responded       past assignments answered
 * @param declined        past assignments declined
 */
public record Messenger(UUID id, Long userId, String displayName, String pseudonym, String emailSealed,
                        String phoneSealed, MessengerProfile profile, int capacity, boolean available,
                        Instant absentFrom, Instant absentUntil, boolean consent, boolean active,
                        String preferredLanguage, long version, int openAssignments, int endorsements,
                        int responded, int declined) {

    public boolean absentAt(Instant now) {
        boolean started = absentFrom == null || !now.isBefore(absentFrom);
        boolean notOver = absentUntil == null || now.isBefore(absentUntil);
        return (absentFrom != null || absentUntil != null) && started && notOver;
    }

    public boolean atCapacity() {
        return openAssignments >= capacity;
    }

    /** Why this messenger may not be offered an assignment now; empty when they may. */
    public List<String> ineligibility(Instant now) {
        List<String> reasons = new ArrayList<>();
        if (!active) {
            reasons.add("inactive");
        }
        if (!consent) {
            reasons.add("no consent");
        }
        if (!available) {
            reasons.add("unavailable");
        }
        if (absentAt(now)) {
            reasons.add("absent");
        }
        if (atCapacity()) {
            reasons.add("at capacity (" + openAssignments + "/" + capacity + ")");
        }
        return reasons;
    }
}
