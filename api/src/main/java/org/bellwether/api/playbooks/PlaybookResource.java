package org.bellwether.api.playbooks;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;

/** The playbook library: admins publish new versions; officers and admins read. */
@Tag(name = "Playbook", description = "The playbook library: admins publish new versions; officers and admins read")
@Path("/api/playbooks")
@Produces(MediaType.APPLICATION_JSON)
public class PlaybookResource {
    private final PlaybookService playbooks;

    public PlaybookResource(PlaybookService playbooks) {
        this.playbooks = playbooks;
    }

    /** The latest version of every playbook. */
    @GET
    @Operation(summary = "The latest version of every playbook")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public List<PlaybookView> latest() {
        return playbooks.latest().stream().map(PlaybookView::of).toList();
    }

    /** Every version of one playbook, newest first. */
    @GET
    @Operation(summary = "Every version of one playbook, newest first")
    @Path("{category}/{language}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public List<PlaybookView> history(@PathParam("category") String category,
                                      @PathParam("language") String language) {
        return playbooks.history(category, language).stream().map(PlaybookView::of).toList();
    }

    @POST
    @Operation(summary = "Publish a new version of a playbook")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response publish(@Auth UserPrincipal admin, @Context ContainerRequestContext request,
                            @NotNull @Valid PlaybookRequest body) {
        return Response.status(201).entity(PlaybookView.of(playbooks.publish(Callers.of(admin, request), body)))
                .build();
    }
}
