package org.bellwether.api.partners;

import java.time.Instant;
import java.util.List;

/** A partner as the registry shows it: never the contact, only whether one is on file. */
public record PartnerView(long id, String organisation, String kind, List<String> languages,
                          List<String> neighbourhoods, List<String> communities, boolean consent, Instant consentAt,
                          boolean hasContact, String username, boolean active, Instant updatedAt) {
    public static PartnerView of(Partner p) {
        return new PartnerView(p.id(), p.organisation(), p.kind(), p.languages(), p.neighbourhoods(),
                p.communities(), p.consent(), p.consentAt(), p.contactSealed() != null, p.username(), p.active(),
                p.updatedAt());
    }
}
