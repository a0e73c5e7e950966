package org.bellwether.api.partners;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.SelfAudited;
import org.bellwether.api.common.UserPrincipal;

/**
 * The wider network of partners: officers and admins keep the registry and send heads-ups to partner groups and see
 * who acknowledged; a signed-in partner reads their heads-ups and acknowledges them at {@code /me}. Contacts open
 * only for an officer with a reason (audited).
 */
@Tag(name = "Partners", description = "The partner registry, heads-ups to partner groups and their acknowledgements")
@Path("/api/partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {
    private final PartnerService partners;
    private final HeadsUpService headsUps;
    private final PartnerObservations observations;

    public PartnerResource(PartnerService partners, HeadsUpService headsUps, PartnerObservations observations) {
        this.partners = partners;
        this.headsUps = headsUps;
        this.observations = observations;
    }

    @GET
    @Operation(summary = "The partner registry (no contacts)")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public List<PartnerView> list() {
        return partners.list().stream().map(PartnerView::of).toList();
    }

    @POST
    @Operation(summary = "Register a partner; consent is recorded with its time, the contact sealed")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response create(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                           @NotNull @Valid PartnerRequest body) {
        return Response.status(201).entity(PartnerView.of(partners.create(Callers.of(user, request), body))).build();
    }

    @GET
    @Operation(summary = "One partner (no contact)")
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public PartnerView get(@PathParam("id") String id) {
        return PartnerView.of(partners.get(id("partner", id)));
    }

    @PUT
    @Operation(summary = "Change a partner")
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public PartnerView update(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                              @PathParam("id") String id, @NotNull @Valid PartnerRequest body) {
        return PartnerView.of(partners.update(Callers.of(user, request), id("partner", id), body));
    }

    @DELETE
    @Operation(summary = "Deactivate a partner: no more heads-ups; the history stays")
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public PartnerView deactivate(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                  @PathParam("id") String id) {
        return PartnerView.of(partners.deactivate(Callers.of(user, request), id("partner", id)));
    }

    @GET
    @SelfAudited
    @Operation(summary = "Open a partner's contact; a reason is required and audited")
    @Path("{id}/contact")
    @RolesAllowed(Roles.OFFICER)
    public Response contact(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                            @PathParam("id") String id, @QueryParam("reason") String reason) {
        PartnerContactView contact = partners.contact(Callers.of(user, request), id("partner", id), reason);
        return Response.ok(contact).header("Cache-Control", "no-store").build();
    }

    @POST
    @Operation(summary = "Send a heads-up about a narrative to a partner group (neighbourhoods, communities, "
            + "languages); e-mail through the outbox in each partner's language")
    @Path("headsups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response sendHeadsUp(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                @NotNull @Valid HeadsUpRequest body) {
        return Response.status(201).entity(HeadsUpView.of(headsUps.send(Callers.of(user, request), body))).build();
    }

    @GET
    @Operation(summary = "Heads-ups sent, newest first, with how many partners acknowledged")
    @Path("headsups")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public List<HeadsUpView> headsUps() {
        return headsUps.list().stream().map(HeadsUpView::of).toList();
    }

    @GET
    @Operation(summary = "One heads-up: the partners it went to and who acknowledged")
    @Path("headsups/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public HeadsUpView headsUp(@PathParam("id") String id) {
        return HeadsUpView.of(headsUps.get(id("heads-up", id)));
    }

    @GET
    @Operation(summary = "The signed-in partner's own registration")
    @Path("me")
    @RolesAllowed(Roles.PARTNER)
    public PartnerView me(@Auth UserPrincipal user) {
        return PartnerView.of(partners.forUser(user.userId()));
    }

    @GET
    @Operation(summary = "The heads-ups the signed-in partner received, newest first")
    @Path("me/headsups")
    @RolesAllowed(Roles.PARTNER)
    public List<PartnerHeadsUpView> myHeadsUps(@Auth UserPrincipal user) {
        return headsUps.forPartner(user.userId()).stream().map(PartnerHeadsUpView::of).toList();
    }

    @POST
    @Operation(summary = "The signed-in partner acknowledges a heads-up they received")
    @Path("me/headsups/{id}/acknowledge")
    @RolesAllowed(Roles.PARTNER)
    public Response acknowledge(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                @PathParam("id") String id) {
        headsUps.acknowledge(Callers.of(user, request), user.userId(), id("heads-up", id));
        return Response.noContent().build();
    }

    @POST
    @Operation(summary = "The signed-in partner reports what they observed; it enters the stream as an attributed, "
            + "consented tip (source tip:partner:<organisation>)")
    @Path("me/observations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    public Response observe(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                            @NotNull @Valid ObservationRequest body) {
        return Response.status(201).entity(observations.submit(Callers.of(user, request), user.userId(), body))
                .build();
    }

    private static long id(String what, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.notFound(what, value);
        }
    }
}
