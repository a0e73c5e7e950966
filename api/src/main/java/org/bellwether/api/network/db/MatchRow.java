package org.bellwether.api.network.db;

import java.time.Instant;

/** A row of {@code network_matches} with the matched signature as JSON text. */
public record MatchRow(long id, String narrativeId, String city, String remoteNarrativeId, double termCosine,
                       String sharedTerms, int sharedUrls, int sharedClaims, boolean earlyWarning,
                       Instant matchedAt, Instant playbookImportedAt, String signature) {
}
