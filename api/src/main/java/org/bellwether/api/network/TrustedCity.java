package org.bellwether.api.network;

import java.time.Instant;

/** A city on this city's trust list; a revoked one is kept for the record but trusted no more. */
public record TrustedCity(String city, String publicKey, String contact, String addedBy, Instant addedAt,
                          Instant revokedAt, String revokedBy) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
