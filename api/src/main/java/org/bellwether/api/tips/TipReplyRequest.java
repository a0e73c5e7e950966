package org.bellwether.api.tips;

import jakarta.validation.constraints.Size;

/**
 * An officer's answer to a tipster.
 *
 * @param body   what the officer says; the tipster's language's greeting and the reference are added around it
 * @param reason why the contact is used (kept in the audit log)
 */
public record TipReplyRequest(@Size(max = TipContacts.MAX_EMAIL_CHARS + 1_000) String body,
                              @Size(max = TipContacts.MAX_REASON_CHARS + 500) String reason) {
}
