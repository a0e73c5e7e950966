package org.bellwether.api.users;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;

/** Accounts and roles, managed by admins; each user's own settings, managed by that user. */
@Tag(name = "User", description = "Accounts and roles, managed by admins")
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
    private final UserService users;
    private final Clock clock;
    private final String cityTimeZone;

    public UserResource(UserService users, Clock clock, ZoneId cityTimeZone) {
        this.users = users;
        this.clock = clock;
        this.cityTimeZone = cityTimeZone.getId();
    }

    @GET
    @Operation(summary = "The signed-in user's own profile and settings (language, time zone)")
    @Path("me")
    @PermitAll
    public OwnProfile me(@Auth UserPrincipal user) {
        return OwnProfile.of(users.get(user.userId()), cityTimeZone);
    }

    @PUT
    @Operation(summary = "Change the signed-in user's own language and time zone (null: the browser's, the city's)")
    @Path("me")
    @PermitAll
    public OwnProfile updateMe(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                               @NotNull @Valid UserSettings body) {
        return OwnProfile.of(users.updateSettings(Callers.of(user, request), user.userId(), body.language(),
                body.timeZone()), cityTimeZone);
    }

    @GET
    @Operation(summary = "Every account")
    @RolesAllowed(Roles.ADMIN)
    public List<UserView> list() {
        return users.list().stream().map(u -> UserView.of(u, clock.instant())).toList();
    }

    @POST
    @Operation(summary = "Create an account")
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Auth UserPrincipal admin, @Context ContainerRequestContext request,
                           @NotNull @Valid UserRequest body) {
        UserView created = UserView.of(users.create(Callers.of(admin, request), body.username(), body.displayName(),
                body.email(), body.role(), body.password()), clock.instant());
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Operation(summary = "Change an account's name, e-mail, role or state")
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public UserView update(@Auth UserPrincipal admin, @Context ContainerRequestContext request,
                           @PathParam("id") long id, @NotNull @Valid UserUpdate body) {
        return UserView.of(users.update(Callers.of(admin, request), id, body.displayName(), body.email(),
                body.role(), body.active()), clock.instant());
    }

    @POST
    @Operation(summary = "Set an account's password")
    @Path("{id}/password")
    @RolesAllowed(Roles.ADMIN)
    public Response password(@Auth UserPrincipal admin, @Context ContainerRequestContext request,
                             @PathParam("id") long id, @NotNull @Valid PasswordChange body) {
        users.setPassword(Callers.of(admin, request), id, body.password());
        return Response.noContent().build();
    }

    @POST
    @Operation(summary = "Unlock an account locked after failed log-ins")
    @Path("{id}/unlock")
    @RolesAllowed(Roles.ADMIN)
    public Response unlock(@Auth UserPrincipal admin, @Context ContainerRequestContext request,
                           @PathParam("id") long id) {
        users.unlock(Callers.of(admin, request), id);
        return Response.noContent().build();
    }
}
