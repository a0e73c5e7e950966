package org.bellwether.api.inbox;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Page;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.UserPrincipal;

/** Each signed-in user's own in-app inbox (saved-search alerts and the like). */
@Tag(name = "Inbox", description = "Each signed-in user's own in-app inbox")
@Path("/api/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
    private final Inbox inbox;

    public InboxResource(Inbox inbox) {
        this.inbox = inbox;
    }

    @GET
    @Operation(summary = "The caller's inbox, newest first")
    @PermitAll
    public Page<InboxItem> list(@Auth UserPrincipal user, @QueryParam("unread") String unread,
                                @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("pageSize") @DefaultValue("20") int pageSize) {
        Boolean unreadOnly = Params.bool("unread", unread);
        return inbox.list(user.userId(), unreadOnly != null && unreadOnly, Params.range("page", page, 0, 10_000),
                Params.range("pageSize", pageSize, 1, 100));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's inbox items read")
    @PermitAll
    public Response markRead(@Auth UserPrincipal user, @PathParam("id") long id) {
        if (!inbox.markRead(user.userId(), id)) {
            throw ApiException.notFound("inbox item", String.valueOf(id));
        }
        return Response.noContent().build();
    }
}
