package org.bellwether.api.tips;

/**
 * A queued reply: it leaves through the outbox.
 *
 * @param reference the tip's reference number
 * @param channel   {@code email} or {@code sms}
 * @param language  the language it is framed in
 * @param subject   the subject line (e-mail), or null
 * @param body      the whole message as the tipster will read it
 */
public record TipReplyView(String reference, String channel, String language, String subject, String body) {
}
