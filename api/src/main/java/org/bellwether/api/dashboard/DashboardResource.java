package org.bellwether.api.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.bellwether.api.common.Public;

/** The front door: {@code /} sends the browser to the dashboard's sign-in page. */
@Path("/")
public class DashboardResource {

    @GET
    @Public
    public Response root() {
        return Response.seeOther(URI.create(Dashboard.UI_PATH + "/")).build();
    }
}
