package org.bellwether.api.assignments;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;

/**
 * Assignments: officers offer, withdraw, reassign and close; the messenger accepts, declines, starts and
 * records the response. Every move needs {@code If-Match: "<version>"}. A messenger sees only their own.
 */
@Tag(name = "Assignment", description = "Assignments: officers offer, withdraw, reassign and close; the messenger "
        + "accepts, declines, starts and records the response. Every move needs If-Match; a messenger sees only "
        + "their own")
@Path("/api/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {
    private final AssignmentService assignments;
    private final BriefingService briefings;

    public AssignmentResource(AssignmentService assignments, BriefingService briefings) {
        this.assignments = assignments;
        this.briefings = briefings;
    }

    @POST
    @Operation(summary = "Offer a narrative to a messenger")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response offer(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                          @NotNull @Valid OfferRequest body) {
        AssignmentView view = AssignmentView.of(assignments.offer(Callers.of(user, request), body.narrativeId(),
                body.messengerId(), body.deadline(), body.note()));
        return Response.status(201).entity(view).header(HttpHeaders.ETAG, Params.etag(view.version())).build();
    }

    @GET
    @Operation(summary = "Assignments by narrative and state (a messenger's own only)")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.MESSENGER})
    public List<AssignmentView> list(@Auth UserPrincipal user, @QueryParam("narrativeId") String narrativeId,
                                     @QueryParam("state") String state,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("pageSize") @DefaultValue("50") int pageSize) {
        return assignments.list(user, Params.blankToNull(narrativeId), Params.blankToNull(state),
                Params.range("page", page, 0, 10_000), Params.range("pageSize", pageSize, 1, 200)).stream()
                .map(AssignmentView::of).toList();
    }

    @GET
    @Operation(summary = "One assignment, with its version as the ETag")
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.MESSENGER})
    public Response get(@Auth UserPrincipal user, @PathParam("id") String id) {
        return tagged(assignments.get(user, Params.id("assignment", id)));
    }

    @POST
    @Operation(summary = "The messenger accepts")
    @Path("{id}/accept")
    @RolesAllowed(Roles.MESSENGER)
    public Response accept(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                           @PathParam("id") String id,
                           @Parameter(required = true, description = "the ETag last read")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return move(user, request, id, ifMatch, "accepted", null);
    }

    @POST
    @Operation(summary = "The messenger declines, with a reason")
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MESSENGER)
    public Response decline(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                            @PathParam("id") String id,
                            @Parameter(required = true, description = "the ETag last read")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid ReasonRequest body) {
        return move(user, request, id, ifMatch, "declined", body.reason());
    }

    @POST
    @Operation(summary = "The messenger starts work")
    @Path("{id}/start")
    @RolesAllowed(Roles.MESSENGER)
    public Response start(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                          @PathParam("id") String id,
                          @Parameter(required = true, description = "the ETag last read")
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return move(user, request, id, ifMatch, "in_progress", null);
    }

    @POST
    @Operation(summary = "The messenger records the response made")
    @Path("{id}/respond")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MESSENGER)
    public Response respond(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                            @PathParam("id") String id,
                            @Parameter(required = true, description = "the ETag last read")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid ResponseRecord body) {
        return tagged(assignments.respond(Callers.of(user, request), user, Params.id("assignment", id),
                Params.ifMatch(ifMatch), body));
    }

    @POST
    @Operation(summary = "Withdraw the offer, with a reason")
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response withdraw(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                             @PathParam("id") String id,
                             @Parameter(required = true, description = "the ETag last read")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid ReasonRequest body) {
        return move(user, request, id, ifMatch, "withdrawn", body.reason());
    }

    @POST
    @Operation(summary = "Close the assignment")
    @Path("{id}/close")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response close(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                          @PathParam("id") String id,
                          @Parameter(required = true, description = "the ETag last read")
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return move(user, request, id, ifMatch, "closed", null);
    }

    @POST
    @Operation(summary = "Hand the assignment to another messenger")
    @Path("{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response reassign(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                             @PathParam("id") String id,
                             @Parameter(required = true, description = "the ETag last read")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid ReassignRequest body) {
        AssignmentView view = AssignmentView.of(assignments.reassign(Callers.of(user, request), user,
                Params.id("assignment", id), Params.ifMatch(ifMatch), body.messengerId(), body.deadline(),
                body.reason()));
        return Response.status(201).entity(view).header(HttpHeaders.ETAG, Params.etag(view.version())).build();
    }

    /** The briefing pack; every view is audited. */
    @GET
    @Operation(summary = "The briefing pack; every view is audited")
    @Path("{id}/briefing")
    @RolesAllowed({Roles.MESSENGER, Roles.OFFICER, Roles.ADMIN})
    public Briefing briefing(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                             @PathParam("id") String id) {
        return briefings.build(Callers.of(user, request), user, Params.id("assignment", id), "json");
    }

    /** The briefing pack as a printable page: every piece of text escaped, nothing may run or load. */
    @GET
    @Operation(summary = "The briefing pack as a printable page: every piece of text escaped, nothing may run or load")
    @Path("{id}/briefing.html")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.MESSENGER, Roles.OFFICER, Roles.ADMIN})
    public Response briefingPage(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                 @PathParam("id") String id) {
        Briefing briefing = briefings.build(Callers.of(user, request), user, Params.id("assignment", id), "html");
        return Response.ok(BriefingHtml.render(briefing), MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Security-Policy", BriefingHtml.CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    private Response move(UserPrincipal user, ContainerRequestContext request, String id, String ifMatch,
                          String to, String reason) {
        return tagged(assignments.move(Callers.of(user, request), user, Params.id("assignment", id),
                Params.ifMatch(ifMatch), to, reason));
    }

    private static Response tagged(Assignment assignment) {
        AssignmentView view = AssignmentView.of(assignment);
        return Response.ok(view).header(HttpHeaders.ETAG, Params.etag(view.version())).build();
    }
}
