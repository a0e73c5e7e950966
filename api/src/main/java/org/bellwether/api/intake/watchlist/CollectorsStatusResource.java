package org.bellwether.api.intake.watchlist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.model.Json;
import org.bellwether.ingest.CollectorMetrics;

/** {@code GET /api/admin/collectors}: per-source counts, lag, last error and circuit state. Role {@code admin}. */
@Tag(name = "Admin")
@Path("/api/admin/collectors")
@RolesAllowed("admin")
public final class CollectorsStatusResource {
    private final CollectorMetrics metrics;

    public CollectorsStatusResource(CollectorMetrics metrics) {
        this.metrics = metrics;
    }

    @Operation(summary = "Each source's counters: collected, duplicate, invalid, failed")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String status() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sources", metrics.snapshots());
        body.put("breakers", metrics.breakerStates());
        return Json.writeString(body);
    }
}
