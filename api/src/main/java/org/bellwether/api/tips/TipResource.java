package org.bellwether.api.tips;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;

/**
 * Answering a tipster: an officer opens a tip's contact (a reason is required and audited) and replies through the
 * channel the tip came by. Analysts, messengers and admins never see contacts.
 */
@Tag(name = "Tips", description = "Answer a tipster: officers open a tip's contact (with a reason, audited) and "
        + "reply through the channel it came by, in the tipster's language")
@Path("/api/tips")
@Produces(MediaType.APPLICATION_JSON)
public class TipResource {
    private final TipContacts contacts;

    public TipResource(TipContacts contacts) {
        this.contacts = contacts;
    }

    @GET
    @Operation(summary = "Open a tip's contact; a reason is required and audited")
    @Path("{reference}/contact")
    @RolesAllowed(Roles.OFFICER)
    public Response contact(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                            @PathParam("reference") String reference, @QueryParam("reason") String reason) {
        TipContact contact = contacts.reveal(Callers.of(user, request), reference, reason);
        return Response.ok(contact).header("Cache-Control", "no-store").build();
    }

    @POST
    @Operation(summary = "Answer the tipster through the channel the tip came by, in their language")
    @Path("{reference}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    public Response reply(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                          @PathParam("reference") String reference, @Valid TipReplyRequest body) {
        TipReplyView reply = contacts.reply(Callers.of(user, request), reference, body);
        return Response.status(Response.Status.ACCEPTED).entity(reply).header("Cache-Control", "no-store").build();
    }
}
