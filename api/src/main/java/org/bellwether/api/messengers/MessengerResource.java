package org.bellwether.api.messengers;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.common.SelfAudited;

/**
 * The messenger registry: admins manage it, officers read it and endorse, a messenger edits a limited part of
 * their own profile at {@code /me}. Contact details only decrypted at {@code /{id}/contact} (audited).
 */
@Tag(name = "Messenger", description = "The messenger registry: admins manage it, officers read it and endorse, a "
        + "messenger edits a limited part of their own profile at /me. Contact details only decrypted at "
        + "/{id}/contact (audited)")
@Path("/api/messengers")
@Produces(MediaType.APPLICATION_JSON)
public class MessengerResource {
    private final MessengerService messengers;
    private final Clock clock;
    private final String telegramBot;

    public MessengerResource(MessengerService messengers, Clock clock) {
        this(messengers, clock, "");
    }

    /** @param telegramBot the Telegram bot's username (without {@code @}), or empty when the line is off */
    public MessengerResource(MessengerService messengers, Clock clock, String telegramBot) {
        this.messengers = messengers;
        this.clock = clock;
        this.telegramBot = telegramBot == null ? "" : telegramBot.replaceFirst("^@", "");
    }

    @POST
    @Operation(summary = "A one-time Telegram link (https://t.me/<bot>?start=<token>, valid one hour) that binds the "
            + "chat it is opened in to the signed-in messenger; 409 when the Telegram line is off")
    @Path("me/telegram-link")
    @RolesAllowed(Roles.MESSENGER)
    public TelegramLink telegramLink(@Auth UserPrincipal user) {
        if (telegramBot.isEmpty()) {
            throw org.bellwether.api.common.ApiException.conflict(
                    "the Telegram line is not set up (intake.telegram.botUsername)");
        }
        return messengers.telegramLink(user.userId(), telegramBot);
    }

    @GET
    @Operation(summary = "The messenger registry")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public List<MessengerView> list() {
        return messengers.list().stream().map(m -> MessengerView.of(m, clock.instant())).toList();
    }

    @POST
    @Operation(summary = "Register a messenger")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Auth UserPrincipal admin, @Context ContainerRequestContext request,
                           @NotNull @Valid MessengerRequest body) {
        return withEtag(Response.status(201), messengers.create(Callers.of(admin, request), body));
    }

    @GET
    @Operation(summary = "The signed-in messenger's own profile")
    @Path("me")
    @RolesAllowed(Roles.MESSENGER)
    public Response me(@Auth UserPrincipal user) {
        return withEtag(Response.ok(), messengers.forUser(user.userId()));
    }

    @PUT
    @Operation(summary = "A messenger edits the limited part of their own profile")
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MESSENGER)
    public Response updateMe(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                             @Parameter(required = true, description = "the ETag last read")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid MessengerSelfUpdate body) {
        return withEtag(Response.ok(), messengers.updateOwn(Callers.of(user, request), user.userId(),
                Params.ifMatch(ifMatch), body));
    }

    @GET
    @Operation(summary = "How the signed-in messenger is reached about assignments, and their quiet hours")
    @Path("me/reach")
    @RolesAllowed(Roles.MESSENGER)
    public ReachView reach(@Auth UserPrincipal user) {
        return ReachView.of(messengers.reachForUser(user.userId()));
    }

    @PUT
    @Operation(summary = "A messenger chooses how they are reached (email, sms, whatsapp, telegram) and their quiet "
            + "hours")
    @Path("me/reach")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MESSENGER)
    public ReachView updateReach(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                 @NotNull @Valid ReachRequest body) {
        return ReachView.of(messengers.updateReach(Callers.of(user, request), user.userId(), body));
    }

    @GET
    @Operation(summary = "One messenger, with their version as the ETag")
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response get(@PathParam("id") String id) {
        return withEtag(Response.ok(), messengers.get(Params.id("messenger", id)));
    }

    @PUT
    @Operation(summary = "Change a messenger")
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response update(@Auth UserPrincipal admin, @Context ContainerRequestContext request,
                           @PathParam("id") String id,
                           @Parameter(required = true, description = "the ETag last read")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid MessengerRequest body) {
        return withEtag(Response.ok(), messengers.update(Callers.of(admin, request), Params.id("messenger", id),
                Params.ifMatch(ifMatch), body));
    }

    /** Decrypted email and phone: officers and admins only; every view is audited. */
    @GET
    @SelfAudited
    @Operation(summary = "Decrypted email and phone: officers and admins only; every view is audited")
    @Path("{id}/contact")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public ContactView contact(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                               @PathParam("id") String id) {
        return ContactView.of(messengers.contact(Callers.of(user, request), Params.id("messenger", id)));
    }

    @POST
    @Operation(summary = "Endorse a messenger")
    @Path("{id}/endorsements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response endorse(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                            @PathParam("id") String id, @NotNull @Valid EndorsementRequest body) {
        messengers.endorse(Callers.of(user, request), Params.id("messenger", id), body.note());
        return Response.status(201).build();
    }

    private Response withEtag(Response.ResponseBuilder builder, Messenger messenger) {
        return builder.entity(MessengerView.of(messenger, clock.instant()))
                .header(HttpHeaders.ETAG, Params.etag(messenger.version())).build();
    }
}
