package org.bellwether.api.search;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;

/**
 * The one way to a post's original link when that link names its author's account: an officer's audited action
 * with a reason, answered with a 303 to the link (or, asked for JSON only, with {@code {"url": ...}}). Analysts and messengers never receive it.
 */
@Tag(name = "Posts", description = "A post's original link, when it names an account: officers only, with a "
        + "reason, audited")
@Path("/api/posts")
public class PostOriginalResource {
    private final PostOriginals originals;

    public PostOriginalResource(PostOriginals originals) {
        this.originals = originals;
    }

    @GET
    @Operation(summary = "Open a post's sealed original link (303 to it); a reason is required and audited")
    @Path("{id}/original")
    @RolesAllowed(Roles.OFFICER)
    public Response original(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                             @PathParam("id") String id, @QueryParam("reason") String reason,
                             @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        URI original = originals.open(Callers.of(user, request), id, reason);
        // the dashboard calls with a bearer token and cannot follow a redirect it may not read: it asks for JSON
        Response.ResponseBuilder answer = accept != null && accept.contains(MediaType.APPLICATION_JSON)
                && !accept.contains(MediaType.TEXT_HTML)
                ? Response.ok(Map.of("url", original.toString()), MediaType.APPLICATION_JSON_TYPE)
                : Response.seeOther(original);
        return answer.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
