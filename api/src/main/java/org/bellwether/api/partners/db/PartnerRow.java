package org.bellwether.api.partners.db;

import java.time.Instant;

/** A row of {@code partners}; the contact stays sealed. */
public record PartnerRow(long id, String organisation, String kind, String[] languages, String[] neighbourhoods,
                         String[] communities, boolean consent, Instant consentAt, String contactSealed, Long userId,
                         String username, boolean active, Instant createdAt, Instant updatedAt) {
}
