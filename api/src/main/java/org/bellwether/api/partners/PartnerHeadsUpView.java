package org.bellwether.api.partners;

import java.time.Instant;
import java.util.List;

/** A heads-up as the partner who received it sees it: what to know, and whether they acknowledged it. */
public record PartnerHeadsUpView(long id, String label, String summary, List<String> talkingPoints, Instant sentAt,
                                 Instant acknowledgedAt) {
    public static PartnerHeadsUpView of(HeadsUp h) {
        return new PartnerHeadsUpView(h.id(), h.label(), h.summary(), h.talkingPoints(), h.sentAt(),
                h.acknowledgedAt());
    }
}
