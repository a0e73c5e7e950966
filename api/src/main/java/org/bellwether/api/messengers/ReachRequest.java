package org.bellwether.api.messengers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A messenger's choice of how they are reached and when not to be.
 *
 * @param channel    {@code email}, {@code sms}, {@code whatsapp} or {@code telegram}
 * @param address    the number (E.164) for sms and whatsapp, the chat id for telegram; blank keeps the one on file (for
 *                   sms and whatsapp, the profile's phone number when there is none)
 * @param quietStart start of the quiet hours, {@code HH:mm}, or null for none
 * @param quietEnd   end of the quiet hours, {@code HH:mm}
 * @param quietZone  the time zone they are in, e.g. {@code Europe/Madrid}
 */
public record ReachRequest(@NotNull @Pattern(regexp = "email|sms|whatsapp|telegram",
                                   message = "email, sms, whatsapp or telegram") String channel,
                           @Size(max = 64) @Pattern(regexp = "\\+?[0-9 ()-]{3,40}|-?[0-9]{1,20}",
                                   message = "a phone number or a Telegram chat id") String address,
                           @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "HH:mm") String quietStart,
                           @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "HH:mm") String quietEnd,
                           @Size(max = 64) String quietZone) {
}
