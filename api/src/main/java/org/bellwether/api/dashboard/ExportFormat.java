package org.bellwether.api.dashboard;

import java.util.Locale;

/**
 * Cells of an export that a spreadsheet opens: RFC 4180 quoting for CSV, and formula injection defused in CSV and
 * JSON alike. A value that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab, a carriage
 * return or a line feed, or their full-width forms {@code ＝ ＋ － ＠}, also after leading spaces) gets a leading
 * apostrophe, which spreadsheets show as text.
 */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    JSON("application/json", "json");

    private static final String TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code csv} or {@code json}; anything else is null. */
    public static ExportFormat parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "json" -> JSON;
            default -> null;
        };
    }

    /** The value with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String defuse(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int first = 0;
        while (first < value.length() && value.charAt(first) == ' ') {
            first++;
        }
        if (first < value.length() && TRIGGERS.indexOf(value.charAt(first)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** One CSV row, every cell defused and quoted when it holds a comma, quote, line break or was defused. */
    public static String csvRow(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(csvCell(cells[i]));
        }
        return line.append("\r\n").toString();
    }

    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String safe = defuse(value);
        boolean quote = !safe.equals(value) || safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
