package org.bellwether.api.messengers;

import java.util.UUID;

/** Decrypted contact details: only officers and admins see these, and each view is audited. */
public record ContactView(UUID messengerId, String email, String phone) {
    public static ContactView of(Contact contact) {
        return new ContactView(contact.messengerId(), contact.email(), contact.phone());
    }
}
