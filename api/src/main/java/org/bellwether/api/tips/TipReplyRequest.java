package org.bellwether.api.tips;

/**
 * An officer's answer to a tipster.
 *
 * @param body   what the officer says; the tipster's language's greeting and the reference are added around it
 * @param reason why the contact is used (kept in the audit log)
 */
public record TipReplyRequest(String body, String reason) {
}
