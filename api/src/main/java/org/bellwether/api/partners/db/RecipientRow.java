package org.bellwether.api.partners.db;

import java.time.Instant;

/** One partner a heads-up went to, and when they acknowledged it (or null). */
public record RecipientRow(long partnerId, String organisation, String kind, Instant acknowledgedAt) {
}
