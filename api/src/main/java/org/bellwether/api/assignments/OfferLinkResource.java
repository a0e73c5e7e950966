package org.bellwether.api.assignments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.bellwether.api.common.Public;
import org.bellwether.api.notify.OfferLinks;

/**
 * The link in an offer message: {@code GET /offers/{id}?expires=..&sig=..} checks the signature and the expiry and
 * sends the messenger on to their inbox (where they sign in as usual: the link grants nothing by itself). An expired
 * link is 410, a forged or altered one 403, each with a sentence saying so. Thread-safe.
 */
@Tag(name = "Assignment")
@Path("/offers/{id}")
public final class OfferLinkResource {
    private final OfferLinks links;
    private final Clock clock;

    public OfferLinkResource(OfferLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @GET
    @Public
    @Operation(summary = "An offer's signed, expiring link: on to the messenger's inbox while it is valid")
    @ApiResponse(responseCode = "303", description = "valid: on to the inbox")
    @ApiResponse(responseCode = "403", description = "the signature does not match")
    @ApiResponse(responseCode = "410", description = "the link has expired")
    @Produces(MediaType.TEXT_PLAIN)
    public Response open(@PathParam("id") String id, @QueryParam("expires") String expires,
                         @QueryParam("sig") String signature) {
        UUID assignmentId;
        long until;
        try {
            assignmentId = UUID.fromString(id);
            until = Long.parseLong(expires == null ? "" : expires);
        } catch (IllegalArgumentException e) {
            return text(403, "This link is not valid. Open Bellwether and sign in to see your assignments.");
        }
        return switch (links.verify(assignmentId, until, signature, clock.instant())) {
            case VALID -> Response.seeOther(URI.create("/#/inbox")).header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer").build();
            case EXPIRED -> text(410, "This link has expired: the time to answer this offer has passed. Open "
                    + "Bellwether and sign in to see your assignments.");
            case FORGED -> text(403, "This link is not valid. Open Bellwether and sign in to see your assignments.");
        };
    }

    private static Response text(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).entity(message)
                .header("Cache-Control", "no-store").build();
    }
}
