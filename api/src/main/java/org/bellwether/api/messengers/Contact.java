package org.bellwether.api.messengers;

import java.util.UUID;

/** A messenger's contact details, opened from their sealed form. */
public record Contact(UUID messengerId, String email, String phone) {
}
