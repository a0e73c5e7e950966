package org.bellwether.api.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

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

    /**
     * A range whose ends are both given must be in order: else a 400 naming {@code fromName}. An open end (null) is
     * fine.
     */
    public static void ordered(String fromName, Instant from, String toName, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.invalid(fromName, "must be before " + toName);
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

    /** A path id; one that is not a UUID names nothing, so it is a 404. */
    public static java.util.UUID id(String what, String value) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what, value);
        }
    }

    /** The version in an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}); required. */
    public static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.preconditionRequired("send If-Match with the ETag you read, e.g. If-Match: \"3\"");
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("If-Match", "expected an ETag this api issued, e.g. \"3\"");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
