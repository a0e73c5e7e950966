package org.bellwether.api.messengers;

import java.util.Set;

/**
 * How a messenger is reached about assignments.
 *
 * @param channel       {@code email}, {@code sms}, {@code whatsapp} or {@code telegram}
 * @param addressSealed the number (sms, whatsapp) or chat id (telegram), sealed; null for email
 * @param quietHours    when not to send, or null
 */
public record Reach(String channel, String addressSealed, QuietHours quietHours) {
    public static final String EMAIL = "email";
    public static final String TELEGRAM = "telegram";
    public static final Set<String> CHANNELS = Set.of(EMAIL, "sms", "whatsapp", "telegram");
    public static final Reach BY_EMAIL = new Reach(EMAIL, null, null);
}
