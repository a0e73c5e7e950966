package org.bellwether.api.messengers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A messenger without contact details (those are at {@code /contact}, officers and admins only). */
public record MessengerView(UUID id, String displayName, String pseudonym, boolean hasEmail, boolean hasPhone,
                            MessengerProfile profile, int capacity, int openAssignments, boolean available,
                            Instant absentFrom, Instant absentUntil, boolean consent, boolean active,
                            String preferredLanguage, int endorsements, List<String> ineligibility, long version) {

    public static MessengerView of(Messenger m, Instant now) {
        return new MessengerView(m.id(), m.displayName(), m.pseudonym(), m.emailSealed() != null,
                m.phoneSealed() != null, m.profile(), m.capacity(), m.openAssignments(), m.available(),
                m.absentFrom(), m.absentUntil(), m.consent(), m.active(), m.preferredLanguage(), m.endorsements(),
                m.ineligibility(now), m.version());
    }
}
