package org.bellwether.api.resources;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.bellwether.api.core.ApiException;

/** Strict parsing of query parameters: a bad value is a 400 naming the parameter. */
public final class Params {
    private Params() {
    }

    /** An ISO-8601 instant ({@code 2026-03-01T12:00:00Z}) or date ({@code 2026-03-01}, start of day UTC). */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "expected an ISO-8601 instant or date, e.g. 2026-03-01T12:00:00Z");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalid(name, "expected true or false");
        };
    }

    public static int range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw ApiException.invalid(name, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
