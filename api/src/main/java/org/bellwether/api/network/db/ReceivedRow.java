package org.bellwether.api.network.db;

import java.time.Instant;

/** A row of {@code network_signatures}: the signature as JSON text. */
public record ReceivedRow(String city, String narrativeId, String signature, Instant sharedAt, Instant receivedAt) {
}
