package org.bellwether.api.tips.db;

import java.time.Instant;

/** A row of {@code tip_contacts}: the contact stays sealed. */
public record TipContactRow(String reference, String channel, String language, String contactSealed,
                            Instant receivedAt) {
}
