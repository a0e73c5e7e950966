package org.bellwether.api.partners;

/** A partner's opened contact, for an officer who gave a reason. */
public record PartnerContactView(long id, String organisation, String email) {
}
