package org.bellwether.api.partners;

import java.time.Instant;
import java.util.List;

/** A heads-up as officers see it: the group it went to and who acknowledged. */
public record HeadsUpView(long id, String narrativeId, String label, String summary, List<String> talkingPoints,
                          List<String> neighbourhoods, List<String> communities, List<String> languages,
                          String sentBy, Instant sentAt, int recipients, int acknowledged,
                          List<HeadsUp.Recipient> recipientList) {
    public static HeadsUpView of(HeadsUp h) {
        return new HeadsUpView(h.id(), h.narrativeId(), h.label(), h.summary(), h.talkingPoints(),
                h.neighbourhoods(), h.communities(), h.languages(), h.sentBy(), h.sentAt(), h.recipientCount(),
                h.acknowledgedCount(), h.recipients());
    }
}
