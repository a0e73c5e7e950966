package org.bellwether.api.network;

import java.time.Instant;
import org.bellwether.api.network.db.ShareRow;

/** One share or withholding in this city's record. */
public record ShareEntry(long id, String narrativeId, String outcome, long distinctAuthors, String sharedBy,
                         Instant at) {
    static ShareEntry of(ShareRow row) {
        return new ShareEntry(row.id(), row.narrativeId(), row.outcome(), row.distinctAuthors(), row.sharedBy(),
                row.at());
    }
}
