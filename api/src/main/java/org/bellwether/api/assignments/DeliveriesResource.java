package org.bellwether.api.assignments;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.notify.Delivery;
import org.bellwether.api.notify.DeliveryReports;

/** {@code GET /api/assignments/{id}/deliveries}: where each message about an assignment is. Officers and admins. */
@Tag(name = "Assignment")
@Path("/api/assignments/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public final class DeliveriesResource {
    private final AssignmentService assignments;
    private final DeliveryReports deliveries;

    public DeliveriesResource(AssignmentService assignments, DeliveryReports deliveries) {
        this.assignments = assignments;
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "Delivery status of each notification about an assignment: queued, sent, delivered, read or "
            + "failed, with its time and error")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public List<Delivery> list(@Auth UserPrincipal user, @PathParam("id") String id) {
        UUID assignmentId = Params.id("assignment", id);
        assignments.visible(user, assignmentId);
        return deliveries.forAssignment(assignmentId);
    }
}
