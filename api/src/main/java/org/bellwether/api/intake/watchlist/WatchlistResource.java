package org.bellwether.api.intake.watchlist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.model.Json;
import org.bellwether.ingest.watchlist.WatchlistRegistry;

/**
 * Admin management of the watchlist: {@code GET /api/admin/watchlist} returns the YAML in force (with who set it
 * and when in headers), {@code PUT} with a YAML body validates it, applies it at once and publishes it for the other
 * processes; an invalid document is a 400 with the reason and changes nothing. Role {@code admin} only; the api
 * audits the change (the user is passed on as {@code updatedBy}). Thread-safe.
 */
@Tag(name = "Admin")
@Path("/api/admin/watchlist")
@RolesAllowed("admin")
public final class WatchlistResource {

    /** Applies and distributes a new watchlist ({@link WatchlistSync#publish}, or {@link WatchlistRegistry#update}). */
    @FunctionalInterface
    public interface Publisher {
        WatchlistRegistry.Version publish(String yaml, String updatedBy) throws Exception;
    }

    private final WatchlistRegistry registry;
    private final Publisher publisher;

    public WatchlistResource(WatchlistRegistry registry, Publisher publisher) {
        this.registry = registry;
        this.publisher = publisher;
    }

    @Operation(summary = "The watchlist the collectors follow (YAML)")
    @GET
    @Produces({"application/yaml", MediaType.TEXT_PLAIN})
    public Response get() {
        WatchlistRegistry.Version version = registry.version();
        return Response.ok(version.yaml()).header("X-Updated-By", version.updatedBy())
                .header("X-Updated-At", version.updatedAt().toString()).build();
    }

    @Operation(summary = "Replace the watchlist; collectors follow it through collector.watchlists")
    @PUT
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(String yaml, @Context SecurityContext security) {
        String user = security == null || security.getUserPrincipal() == null ? "admin"
                : security.getUserPrincipal().getName();
        try {
            WatchlistRegistry.Version version = publisher.publish(yaml, user);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("updatedBy", version.updatedBy());
            body.put("updatedAt", version.updatedAt().toString());
            body.put("feeds", version.watchlist().feeds().size());
            body.put("mastodonInstances", version.watchlist().mastodon().size());
            body.put("bluesky", version.watchlist().bluesky() != null);
            body.put("hashtags", version.watchlist().hashtags().size());
            body.put("keywords", version.watchlist().keywords().size());
            body.put("neighbourhoods", version.watchlist().neighbourhoods().size());
            return Response.ok(Json.writeString(body)).build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.writeString(Map.of("message", e.getMessage()))).build();
        } catch (Exception e) {
            return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.writeString(Map.of("message", "watchlist not published: " + e.getMessage()))).build();
        }
    }
}
