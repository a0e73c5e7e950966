package org.bellwether.api.savedsearch;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;

/**
 * Saved searches that alert: analysts, officers and admins save a query with filters, share it with the team or
 * keep it private, and may set an alert rule; messengers never see them. Changes are the owner's (or an admin's).
 */
@Tag(name = "Saved searches", description = "Saved searches that alert: queries with filters, sharing and alert "
        + "rules, matched against every new post")
@Path("/api/saved-searches")
@Produces(MediaType.APPLICATION_JSON)
public class SavedSearchResource {
    private final SavedSearchService searches;

    public SavedSearchResource(SavedSearchService searches) {
        this.searches = searches;
    }

    @POST
    @Operation(summary = "Save a search, optionally with an alert rule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.OFFICER, Roles.ADMIN})
    public Response create(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                           @NotNull @Valid SavedSearchRequest body) {
        return Response.status(201).entity(searches.create(user, Callers.of(user, request), body)).build();
    }

    @GET
    @Operation(summary = "The caller's saved searches and the team's shared ones, each with its matches of the "
            + "last 24 hours")
    @RolesAllowed({Roles.ANALYST, Roles.OFFICER, Roles.ADMIN})
    public List<SavedSearchView> list(@Auth UserPrincipal user) {
        return searches.visibleTo(user);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One saved search")
    @RolesAllowed({Roles.ANALYST, Roles.OFFICER, Roles.ADMIN})
    public SavedSearchView get(@Auth UserPrincipal user, @PathParam("id") String id) {
        return searches.get(user, id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a saved search (its owner or an admin)")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.OFFICER, Roles.ADMIN})
    public SavedSearchView update(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                  @PathParam("id") String id, @NotNull @Valid SavedSearchRequest body) {
        return searches.update(user, Callers.of(user, request), id, body);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a saved search (its owner or an admin)")
    @RolesAllowed({Roles.ANALYST, Roles.OFFICER, Roles.ADMIN})
    public Response delete(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                           @PathParam("id") String id) {
        searches.delete(user, Callers.of(user, request), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/alerts")
    @Operation(summary = "The alerts a saved search raised, newest first")
    @RolesAllowed({Roles.ANALYST, Roles.OFFICER, Roles.ADMIN})
    public AlertHistory alerts(@Auth UserPrincipal user, @PathParam("id") String id,
                               @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("pageSize") @DefaultValue("20") int pageSize) {
        return searches.alerts(user, id, Params.range("page", page, 0, 10_000),
                Params.range("pageSize", pageSize, 1, 100));
    }
}
