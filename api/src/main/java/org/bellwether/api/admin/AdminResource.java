package org.bellwether.api.admin;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.notify.db.OutboxDao;
import org.bellwether.api.notify.db.OutboxRow;

/** Operations for admins: contact-key rotation, a retention run on demand, the outbox's state. */
@Tag(name = "Admin", description = "Operations for admins: contact-key rotation, a retention run on demand, the "
        + "outbox's state")
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    private final MessengerService messengers;
    private final PeriodicJobs jobs;
    private final OutboxDao outbox;

    public AdminResource(MessengerService messengers, PeriodicJobs jobs, OutboxDao outbox) {
        this.messengers = messengers;
        this.jobs = jobs;
        this.outbox = outbox;
    }

    /** Key rotation step 2: re-seal every contact value under the active key. */
    @POST
    @Operation(summary = "Key rotation step 2: re-seal every contact value under the active key")
    @Path("contact-keys/reseal")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Object> reseal(@Auth UserPrincipal admin, @Context ContainerRequestContext request) {
        return Map.of("resealed", messengers.resealAll(Callers.of(admin, request)));
    }

    /** The retention policy in force, its cut-off now, and the last run's removals. */
    @GET
    @Operation(summary = "The retention policy in force, its cut-off now, and the last run's removals")
    @Path("retention")
    @RolesAllowed(Roles.ADMIN)
    public RetentionView retentionPolicy() {
        return RetentionView.of(jobs.retentionPolicy());
    }

    @POST
    @Operation(summary = "Apply the retention policy now; the removals by kind")
    @Path("retention/run")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Long> retention() {
        return jobs.applyRetention();
    }

    /** Undelivered and failed notifications (recipients stay sealed). */
    @GET
    @Operation(summary = "Undelivered and failed notifications (recipients stay sealed)")
    @Path("outbox")
    @RolesAllowed(Roles.ADMIN)
    public List<Map<String, Object>> outbox() {
        return outbox.all().stream()
                .filter(row -> row.deliveredAt() == null)
                .map(AdminResource::describe).toList();
    }

    private static Map<String, Object> describe(OutboxRow row) {
        java.util.LinkedHashMap<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("id", row.id());
        out.put("channel", row.channel());
        out.put("attempts", row.attempts());
        out.put("nextAttemptAt", row.nextAttemptAt());
        out.put("failedAt", row.failedAt());
        out.put("lastError", row.lastError());
        return out;
    }
}
