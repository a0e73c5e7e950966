package org.bellwether.api.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.bellwether.api.auth.Public;

/** The front door: {@code /} sends the browser to the dashboard's sign-in page. */
@Tag(name = "Dashboard", description = "The dashboard's front door")
@Path("/")
public class DashboardResource {

    @GET
    @Operation(summary = "Sends the browser to the dashboard's sign-in page")
    @Public
    public Response root() {
        return Response.seeOther(URI.create(Dashboard.UI_PATH + "/")).build();
    }
}
