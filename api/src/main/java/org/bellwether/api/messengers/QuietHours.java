package org.bellwether.api.messengers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours a messenger is not to be disturbed, in their own time zone: from {@code start} until {@code end}, over
 * midnight when {@code end} is earlier than {@code start} (22:00 to 07:00). Equal times mean no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    /** When a message may go out: {@code now}, or the end of the quiet hours {@code now} falls in. */
    public Instant nextAllowed(Instant now) {
        if (start == null || end == null || zone == null || start.equals(end)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate today = local.toLocalDate();
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end) ? ZonedDateTime.of(today, end, zone).toInstant() : now;
        }
        if (!time.isBefore(start)) {
            return ZonedDateTime.of(today.plusDays(1), end, zone).toInstant();
        }
        return time.isBefore(end) ? ZonedDateTime.of(today, end, zone).toInstant() : now;
    }
}
