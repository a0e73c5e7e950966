package org.bellwether.api.messengers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTest {
    static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneId.of("Europe/Madrid"));
    static final QuietHours LUNCH = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0), ZoneId.of("UTC"));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // Madrid is UTC+1 in December
        "2026-12-06T12:00:00Z, 2026-12-06T12:00:00Z",   // 13:00 local: outside
        "2026-12-06T20:59:00Z, 2026-12-06T20:59:00Z",   // 21:59 local: just before
        "2026-12-06T21:00:00Z, 2026-12-07T06:00:00Z",   // 22:00 local: waits until 07:00 next morning
        "2026-12-06T23:30:00Z, 2026-12-07T06:00:00Z",   // 00:30 local, over midnight
        "2026-12-07T05:59:00Z, 2026-12-07T06:00:00Z",   // 06:59 local
        "2026-12-07T06:00:00Z, 2026-12-07T06:00:00Z",   // 07:00 local: over
    })
    void overnightQuietHoursInTheMessengersZone(String now, String allowed) {
        assertThat(NIGHT.nextAllowed(Instant.parse(now))).isEqualTo(Instant.parse(allowed));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-12-06T12:59:00Z, 2026-12-06T12:59:00Z",
        "2026-12-06T13:00:00Z, 2026-12-06T15:00:00Z",
        "2026-12-06T14:30:00Z, 2026-12-06T15:00:00Z",
        "2026-12-06T15:00:00Z, 2026-12-06T15:00:00Z",
    })
    void quietHoursWithinADay(String now, String allowed) {
        assertThat(LUNCH.nextAllowed(Instant.parse(now))).isEqualTo(Instant.parse(allowed));
    }

    @Test
    void equalEndsMeanNoQuietHours() {
        Instant now = Instant.parse("2026-12-06T22:30:00Z");
        assertThat(new QuietHours(LocalTime.of(22, 0), LocalTime.of(22, 0), ZoneId.of("UTC")).nextAllowed(now))
                .isEqualTo(now);
    }
}
