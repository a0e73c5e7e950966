package org.bellwether.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bellwether.api.common.Roles;
import org.bellwether.api.notify.DeliveryReports;
import org.bellwether.api.notify.db.ChannelStatsRow;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorMetrics;

/**
 * {@code GET /api/admin/lines}: each messaging line (sms, whatsapp, telegram, email), whether it is switched on, its
 * last message and error, and its counters in and out. Role {@code admin}.
 */
@Tag(name = "Admin")
@Path("/api/admin/lines")
@Produces(MediaType.APPLICATION_JSON)
public final class LinesResource {
    static final List<String> LINES = List.of("sms", "whatsapp", "telegram", "email");

    private final Set<String> enabled;
    private final CollectorMetrics metrics;
    private final DeliveryReports deliveries;

    /** @param enabled the lines switched on */
    public LinesResource(Set<String> enabled, CollectorMetrics metrics, DeliveryReports deliveries) {
        this.enabled = Set.copyOf(enabled);
        this.metrics = metrics;
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "Each messaging line: switched on or not, last message, last error, counters in and out")
    @RolesAllowed(Roles.ADMIN)
    public List<LineStatus> lines() {
        Map<String, ChannelStatsRow> out = deliveries.channels().stream()
                .collect(Collectors.toMap(ChannelStatsRow::channel, Function.identity()));
        Map<String, CollectorCounters.Snapshot> in = metrics.snapshots().stream()
                .collect(Collectors.toMap(CollectorCounters.Snapshot::source, Function.identity(), (a, b) -> a));
        return LINES.stream().map(line -> status(line, in.get(line), out.get(line))).toList();
    }

    private LineStatus status(String line, CollectorCounters.Snapshot received, ChannelStatsRow row) {
        LineStatus.Outgoing sent = row == null ? LineStatus.Outgoing.NONE : new LineStatus.Outgoing(row.queued(),
                row.sent(), row.delivered(), row.failed(), row.lastSentAt(), row.lastError());
        Instant lastIn = received == null ? null : received.lastSuccess();
        Instant last = lastIn == null ? sent.lastSentAt()
                : sent.lastSentAt() == null || lastIn.isAfter(sent.lastSentAt()) ? lastIn : sent.lastSentAt();
        String error = received != null && received.lastError() != null ? received.lastError() : sent.lastError();
        return new LineStatus(line, enabled.contains(line), received, sent, last, error);
    }
}
