package org.bellwether.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a timestamp written in any of the common ways: ISO-8601 (instant, offset, zoned, local = UTC, date only),
 * {@code yyyy-MM-dd HH:mm[:ss[.SSS]][ zone]}, {@code yyyy/MM/dd HH:mm:ss}, RFC 1123 (feeds and mail),
 * the classic Twitter format {@code EEE MMM dd HH:mm:ss Z yyyy}, and epoch numbers whose unit is told by their size
 * (seconds, milliseconds, microseconds or nanoseconds; decimals allowed). Times outside 1990–2100 are rejected.
 * Thread-safe.
 */
public final class TimeParser {
    private static final Instant MIN = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("2100-01-01T00:00:00Z");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static final List<DateTimeFormatter> SPACED = List.of(spaced("yyyy-MM-dd"), spaced("yyyy/MM/dd"));
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT),
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss z", Locale.ROOT));

    private TimeParser() {
    }

    private static DateTimeFormatter spaced(String date) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(date + "[ ]['T']HH:mm[:ss]")
                .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                .optionalStart().appendLiteral(' ').optionalEnd()
                .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
                .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
                .optionalStart().appendLiteral("UTC").optionalEnd()
                .toFormatter(Locale.ROOT);
    }

    /** The instant, or empty when the text is no time this parser knows or lies outside 1990–2100. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        Instant instant = NUMBER.matcher(value).matches() ? epoch(value) : text(value);
        if (instant == null || instant.isBefore(MIN) || instant.isAfter(MAX)) {
            return Optional.empty();
        }
        return Optional.of(instant);
    }

    private static Instant epoch(String value) {
        BigDecimal number = new BigDecimal(value);
        BigDecimal abs = number.abs();
        BigDecimal nanos;
        if (abs.compareTo(BigDecimal.valueOf(1e17)) >= 0) {
            nanos = number;
        } else if (abs.compareTo(BigDecimal.valueOf(1e14)) >= 0) {
            nanos = number.scaleByPowerOfTen(3);
        } else if (abs.compareTo(BigDecimal.valueOf(1e11)) >= 0) {
            nanos = number.scaleByPowerOfTen(6);
        } else {
            nanos = number.scaleByPowerOfTen(9);
        }
        try {
            long total = nanos.longValueExact();
            return Instant.ofEpochSecond(Math.floorDiv(total, 1_000_000_000L), Math.floorMod(total, 1_000_000_000L));
        } catch (ArithmeticException e) {
            long total = nanos.longValue();
            return Instant.ofEpochSecond(Math.floorDiv(total, 1_000_000_000L), Math.floorMod(total, 1_000_000_000L));
        }
    }

    private static Instant text(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return ZonedDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next
        }
        for (DateTimeFormatter formatter : SPACED) {
            try {
                var parsed = formatter.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
                return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        for (DateTimeFormatter formatter : ZONED) {
            try {
                return ZonedDateTime.parse(value, formatter).toInstant();
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        return null;
    }
}
