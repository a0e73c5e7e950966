package org.bellwether.api.messengers.db;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code messengers}; {@code profile} is JSON ({@code MessengerProfile}), contact fields are sealed.
 * {@code openAssignments} and {@code endorsements} are counted by the query.
 */
public record MessengerRow(UUID id, Long userId, String displayName, String pseudonym, String emailSealed,
                           String phoneSealed, String profile, int capacity, boolean available, Instant absentFrom,
                           Instant absentUntil, boolean consent, Instant consentAt, boolean active,
                           String preferredLanguage, long version, Instant createdAt, Instant updatedAt,
                           int openAssignments, int endorsements, int responded, int declined) {
}
