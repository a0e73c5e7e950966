package org.bellwether.api.partners.db;

import java.time.Instant;

/** A heads-up, with its recipients counted; {@code acknowledgedAt} is the reading partner's own, when asked. */
public record HeadsUpRow(long id, String narrativeId, String label, String summary, String[] talkingPoints,
                         String[] neighbourhoods, String[] communities, String[] languages, String sentBy,
                         Instant sentAt, int recipients, int acknowledged, Instant acknowledgedAt) {
}
