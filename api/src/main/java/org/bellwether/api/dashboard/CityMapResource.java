package org.bellwether.api.dashboard;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.common.SelfAudited;

/**
 * The city map: the neighbourhoods' GeoJSON, and activity per neighbourhood over a period (default: the last 7
 * days, at most a year).
 */
@Tag(name = "CityMap", description = "The city map: the neighbourhoods' GeoJSON, and activity per neighbourhood over "
        + "a period")
@Path("/api/map")
public class CityMapResource {
    static final Duration DEFAULT_PERIOD = Duration.ofDays(7);
    static final Duration MAX_PERIOD = Duration.ofDays(366);

    private final MapActivity activity;
    private final byte[] geoJson;
    private final BaseLayer baseLayer;
    private final AuditTrail audit;
    private final Clock clock;

    public CityMapResource(MapActivity activity, byte[] geoJson, BaseLayer baseLayer, AuditTrail audit, Clock clock) {
        this.activity = activity;
        this.geoJson = geoJson.clone();
        this.baseLayer = baseLayer;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @SelfAudited
    @Operation(summary = "Activity per neighbourhood over a period (default: the last 7 days, at most a year)")
    @Produces("application/json")
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
    public MapActivity.Activity activity(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                         @QueryParam("from") String from, @QueryParam("to") String to) {
        Instant toInstant = Params.instant("to", to);
        Instant end = toInstant == null ? clock.instant() : toInstant;
        Instant fromInstant = Params.instant("from", from);
        Instant start = fromInstant == null ? end.minus(DEFAULT_PERIOD) : fromInstant;
        if (!start.isBefore(end)) {
            throw ApiException.invalid("from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw ApiException.invalid("from", "the period is at most 366 days");
        }
        MapActivity.Activity result = activity.between(start, end);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", start.toString());
        detail.put("to", end.toString());
        audit.record(Callers.of(user, request), "map.view", "neighbourhood", null, detail);
        return result;
    }

    /** The base map's tile URL template and attribution (no tiles: {@code tileUrl} null): any signed-in user. */
    @GET
    @Operation(summary = "The base map's tile URL template and attribution (none when not configured)")
    @Path("base-layer")
    @Produces("application/json")
    @PermitAll
    public BaseLayer baseLayer() {
        return baseLayer;
    }

    /** The neighbourhoods' polygons (public geography, no activity): any signed-in user. */
    @GET
    @Operation(summary = "The neighbourhoods' polygons (public geography, no activity)")
    @Path("city.geojson")
    @Produces({"application/geo+json", "application/json"})
    @PermitAll
    public Response geoJson() {
        return Response.ok(geoJson, "application/geo+json").header("Cache-Control", "private, max-age=3600").build();
    }
}
