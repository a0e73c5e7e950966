package org.bellwether.api.partners;

import java.time.Instant;
import java.util.List;

/**
 * A heads-up as sent: the narrative's label, the officer's summary and the playbook's talking points, the group it
 * went to, and how many of its partners acknowledged it.
 *
 * @param acknowledgedAt when the reading partner acknowledged it (their own view), else null
 * @param recipients     the partners it went to, with their acknowledgements (officers' view), else empty
 */
public record HeadsUp(long id, String narrativeId, String label, String summary, List<String> talkingPoints,
                      List<String> neighbourhoods, List<String> communities, List<String> languages, String sentBy,
                      Instant sentAt, int recipientCount, int acknowledgedCount, Instant acknowledgedAt,
                      List<Recipient> recipients) {
    public HeadsUp {
        talkingPoints = List.copyOf(talkingPoints);
        recipients = List.copyOf(recipients);
    }

    /** One partner a heads-up went to. */
    public record Recipient(long partnerId, String organisation, String kind, Instant acknowledgedAt) {
    }
}
