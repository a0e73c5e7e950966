package org.bellwether.api.common;

/**
 * CSV rows that a spreadsheet opens safely: RFC 4180 quoting, and formula injection defused. A value that a
 * spreadsheet would run as a formula (it starts with {@code = + - @}, a tab, a carriage return or a line feed, or their
 * full-width forms {@code ＝ ＋ － ＠}, also after leading spaces) gets a leading apostrophe, which spreadsheets show as
 * text. Every export (search results, the audit log) writes through here.
 */
public final class Csv {
    private static final String TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private Csv() {
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

    /** One CSV row ending in CRLF, every cell defused and quoted when it holds a comma, quote, line break or was defused. */
    public static String row(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        return line.append("\r\n").toString();
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = defuse(value);
        boolean quote = !safe.equals(value) || safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
