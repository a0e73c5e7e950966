package org.bellwether.api.network.db;

import java.time.Instant;

/** A row of {@code network_shares} without the signature. */
public record ShareRow(long id, String narrativeId, String outcome, long distinctAuthors, String sharedBy,
                       Instant at) {
}
