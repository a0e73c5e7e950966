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
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.dashboard.db.DashboardDao;

/**
 * What to mark on a narrative's volume chart: every alert taken in for it, and every recorded response (channel
 * and time; the messenger by public pseudonym only). Read-only over the triage and assignment tables.
 */
@Tag(name = "Timeline", description = "What to mark on a narrative's volume chart")
@Path("/api/narratives/{id}/timeline")
public class TimelineResource {
    private final DashboardDao queries;
    private final AuditTrail audit;

    public TimelineResource(DashboardDao queries, AuditTrail audit) {
        this.queries = queries;
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
        Timeline timeline = new Timeline(id,
                queries.alerts(id).stream().map(row -> new AlertMark(row.alertId(), row.rule(), row.severity(),
                        row.priority(), row.reason(), row.flaggedAt())).toList(),
                queries.responses(id).stream().map(row -> new ResponseMark(row.id(), row.pseudonym(),
                        row.responseChannel(), row.responseLanguage(), row.estimatedReach(), row.respondedAt()))
                        .toList());
        audit.record(Callers.of(user, request), "narratives.timeline", "narrative", id,
                Map.of("alerts", timeline.alerts().size(), "responses", timeline.responses().size()));
        return timeline;
    }
}
