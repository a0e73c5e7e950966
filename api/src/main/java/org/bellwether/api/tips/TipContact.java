package org.bellwether.api.tips;

/**
 * A tipster's contact, opened for an officer.
 *
 * @param reference the tip's reference number
 * @param channel   how the tip came ({@code web}, {@code sms}, {@code email}, {@code partner})
 * @param language  the tipster's language (en, es, fr, ar)
 * @param contact   what the tipster gave to be answered at, or null when they gave nothing
 * @param replyBy   {@code email} or {@code sms}: how a reply reaches them, or null when none can
 */
public record TipContact(String reference, String channel, String language, String contact, String replyBy) {
}
