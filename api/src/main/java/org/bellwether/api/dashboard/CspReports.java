package org.bellwether.api.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The latest Content-Security-Policy violation report per violated directive ({@code script-src-elem},
 * {@code img-src}, …), bounded in count and size: the report endpoint is public, so a flood can only overwrite the
 * few kept reports, never fill memory. Both formats browsers send are read: {@code report-uri}'s
 * {@code {"csp-report": {"violated-directive": …}}} and the Reporting API's
 * {@code [{"type": "csp-violation", "body": {"effectiveDirective": …}}]}; anything else is kept under
 * {@code unknown}. Thread-safe.
 */
public final class CspReports {
    static final int MAX_DIRECTIVES = 40;
    static final int MAX_REPORT_CHARS = 4_000;
    static final String UNKNOWN = "unknown";
    private static final Pattern DIRECTIVE = Pattern.compile("[a-z][a-z-]{0,39}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One report as received: the directive it violated, when, and its body (truncated). */
    public record Report(String directive, Instant receivedAt, String contentType, String body) {
    }

    private final Map<String, Report> latest = new LinkedHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private final Clock clock;

    public CspReports(Clock clock) {
        this.clock = clock;
    }

    public void add(String contentType, String body) {
        String kept = body == null ? "" : body.length() > MAX_REPORT_CHARS ? body.substring(0, MAX_REPORT_CHARS) : body;
        String type = contentType == null ? "" : contentType.length() > 100 ? contentType.substring(0, 100) : contentType;
        String directive = directive(body);
        total.incrementAndGet();
        synchronized (latest) {
            if (!latest.containsKey(directive) && latest.size() >= MAX_DIRECTIVES) {
                directive = UNKNOWN;
            }
            latest.remove(directive);
            latest.put(directive, new Report(directive, clock.instant(), type, kept));
        }
    }

    /** Reports received since start, including those no longer kept. */
    public long total() {
        return total.get();
    }

    /** The kept reports, one per directive, the most recent first. */
    public List<Report> latest() {
        synchronized (latest) {
            List<Report> reports = new ArrayList<>(latest.values());
            reports.sort(Comparator.comparing(Report::receivedAt).reversed());
            return List.copyOf(reports);
        }
    }

    /** The violated directive's name (without its sources), or {@code unknown}. */
    static String directive(String body) {
        if (body == null || body.isBlank() || body.length() > 64 * 1024) {
            return UNKNOWN;
        }
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode report = root.isArray() && !root.isEmpty() ? root.get(0).path("body") : root.path("csp-report");
            String name = report.path("effective-directive").asText(report.path("effectiveDirective")
                    .asText(report.path("violated-directive").asText("")));
            name = name.strip().split("\\s+", 2)[0];
            return DIRECTIVE.matcher(name).matches() ? name : UNKNOWN;
        } catch (java.io.IOException e) {
            return UNKNOWN;
        }
    }
}
