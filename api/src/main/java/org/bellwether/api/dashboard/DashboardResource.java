package org.bellwether.api.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.bellwether.api.common.Public;

/**
 * The front door: {@code /} sends the browser to the dashboard's sign-in page. The pages themselves are static
 * files under {@value #UI_PATH} (plain ES modules and CSS from {@code src/main/resources/assets}, no build step),
 * served with their security headers; they call the same JSON API as any other client.
 */
@Tag(name = "Dashboard", description = "The dashboard's front door")
@Path("/")
public class DashboardResource {
    public static final String UI_PATH = "/ui";
    /** Leaflet (the map page's base map), served from its WebJar on this origin. */
    public static final String LEAFLET_PATH = UI_PATH + "/vendor/leaflet";
    public static final String LEAFLET_ASSETS = "/META-INF/resources/webjars/leaflet/1.9.4/dist";
    public static final String ASSETS = "/assets";

    @GET
    @Operation(summary = "Sends the browser to the dashboard's sign-in page")
    @Public
    public Response root() {
        return Response.seeOther(URI.create(UI_PATH + "/")).build();
    }
}
