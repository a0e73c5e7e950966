package org.bellwether.api.auth;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.ProblemResponses;
import org.bellwether.api.common.Public;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.users.User;
import org.bellwether.api.users.UserService;
import org.bellwether.api.users.UserView;

/** Log-in (issues an expiring bearer token), log-out, and who am I. */
@Tag(name = "Auth", description = "Log-in (issues an expiring bearer token), log-out, and who am I")
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final LoginService logins;
    private final TokenService tokens;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;

    public AuthResource(LoginService logins, TokenService tokens, UserService users, AuditTrail audit, Clock clock) {
        this.logins = logins;
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Log in: an expiring bearer token")
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Response login(@Context ContainerRequestContext request, @NotNull @Valid LoginRequest body) {
        String remote = Callers.remoteAddr(request);
        User user = logins.check(body.username(), body.password(), remote).orElse(null);
        if (user == null) {
            return ProblemResponses.of(401, "Unauthorized",
                    "wrong user name or password, or the account is locked", java.util.List.of());
        }
        TokenService.IssuedToken token = tokens.issue(user);
        audit.record(new Caller(user.username(), user.role(), remote), "login.success", "user",
                Long.toString(user.id()), Map.of());
        return Response.ok(new LoginResponse(token.token(), "Bearer", token.expiresAt(),
                UserView.of(user, clock.instant()))).build();
    }

    @POST
    @Operation(summary = "Log out: the token used is revoked")
    @Path("logout")
    @PermitAll
    public Response logout(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                           @Context HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).trim());
        }
        audit.record(Callers.of(user, request), "logout", "user", Long.toString(user.userId()), Map.of());
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "Who am I: the signed-in user and role")
    @Path("me")
    @PermitAll
    public UserView me(@Auth UserPrincipal user) {
        return UserView.of(users.get(user.userId()), clock.instant());
    }
}
