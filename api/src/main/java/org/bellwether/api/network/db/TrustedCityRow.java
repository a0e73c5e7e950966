package org.bellwether.api.network.db;

import java.time.Instant;

/** A row of {@code network_cities}. */
public record TrustedCityRow(String city, String publicKey, String contact, String addedBy, Instant addedAt,
                             Instant revokedAt, String revokedBy) {
}
