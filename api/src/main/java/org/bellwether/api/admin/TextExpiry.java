package org.bellwether.api.admin;

import java.time.Instant;

/** Deletes raw post text older than a cut-off while keeping aggregates; returns how many texts went. */
@FunctionalInterface
public interface TextExpiry {
    TextExpiry NONE = cutoff -> 0;

    long expireTextBefore(Instant cutoff);
}
