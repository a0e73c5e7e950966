package org.bellwether.api.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latest Content-Security-Policy violation reports the browsers sent, bounded in count and size (the report
 * endpoint is public, so nobody can fill memory through it). Thread-safe.
 */
public final class CspReports {
    static final int MAX_REPORTS = 200;
    static final int MAX_REPORT_CHARS = 4_000;

    /** One report as received: when, and its body (truncated). */
    public record Report(Instant receivedAt, String contentType, String body) {
    }

    private final Deque<Report> latest = new ArrayDeque<>();
    private final AtomicLong total = new AtomicLong();
    private final Clock clock;

    public CspReports(Clock clock) {
        this.clock = clock;
    }

    public void add(String contentType, String body) {
        String kept = body == null ? "" : body.length() > MAX_REPORT_CHARS ? body.substring(0, MAX_REPORT_CHARS) : body;
        String type = contentType == null ? "" : contentType.length() > 100 ? contentType.substring(0, 100) : contentType;
        total.incrementAndGet();
        synchronized (latest) {
            latest.addLast(new Report(clock.instant(), type, kept));
            while (latest.size() > MAX_REPORTS) {
                latest.removeFirst();
            }
        }
    }

    /** Reports received since start, including those no longer kept. */
    public long total() {
        return total.get();
    }

    /** The kept reports, oldest first. */
    public List<Report> latest() {
        synchronized (latest) {
            return List.copyOf(latest);
        }
    }
}
