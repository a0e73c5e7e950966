package org.bellwether.api.dashboard;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bellwether.api.auth.Roles;
import org.bellwether.api.auth.UserPrincipal;
import org.bellwether.api.core.AuditTrail;
import org.bellwether.api.resources.Callers;
import org.jdbi.v3.core.Jdbi;

/**
 * What to mark on a narrative's volume chart: every alert taken in for it, and every recorded response (channel
 * and time; the messenger by public pseudonym only). Read-only over the triage and assignment tables.
 */
@Tag(name = "Timeline", description = "What to mark on a narrative's volume chart")
@Path("/api/narratives/{id}/timeline")
public class TimelineResource {
    private final Jdbi jdbi;
    private final AuditTrail audit;

    public TimelineResource(Jdbi jdbi, AuditTrail audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    public record AlertMark(String alertId, String rule, String severity, Double priority, String reason,
                            Instant flaggedAt) {
    }

    public record ResponseMark(String assignmentId, String messengerPseudonym, String channel, String language,
                               Long estimatedReach, Instant respondedAt) {
    }

    public record Timeline(String narrativeId, List<AlertMark> alerts, List<ResponseMark> responses) {
    }

    @GET
    @Operation(summary = "Every alert taken in for a narrative and every recorded response (messengers by public "
            + "pseudonym only)")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
    public Timeline timeline(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                             @PathParam("id") String id) {
        Timeline timeline = jdbi.withHandle(handle -> new Timeline(id,
                handle.createQuery("""
                                SELECT alert_id, rule, severity, priority, reason, flagged_at FROM triage_alerts
                                WHERE narrative_id = :id ORDER BY flagged_at, alert_id LIMIT 500
                                """).bind("id", id)
                        .map((rs, ctx) -> new AlertMark(rs.getString("alert_id"), rs.getString("rule"),
                                rs.getString("severity"), (Double) rs.getObject("priority"), rs.getString("reason"),
                                instant(rs.getTimestamp("flagged_at"))))
                        .list(),
                handle.createQuery("""
                                SELECT a.id, m.pseudonym, a.response_channel, a.response_language, a.estimated_reach,
                                       a.responded_at
                                FROM assignments a JOIN messengers m ON m.id = a.messenger_id
                                WHERE a.narrative_id = :id AND a.responded_at IS NOT NULL
                                ORDER BY a.responded_at LIMIT 500
                                """).bind("id", id)
                        .map((rs, ctx) -> new ResponseMark(rs.getString("id"), rs.getString("pseudonym"),
                                rs.getString("response_channel"), rs.getString("response_language"),
                                (Long) rs.getObject("estimated_reach"), instant(rs.getTimestamp("responded_at"))))
                        .list()));
        audit.record(Callers.of(user, request), "narratives.timeline", "narrative", id,
                Map.of("alerts", timeline.alerts().size(), "responses", timeline.responses().size()));
        return timeline;
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
