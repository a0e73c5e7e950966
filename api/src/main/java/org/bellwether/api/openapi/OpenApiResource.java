package org.bellwether.api.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bellwether.api.common.Public;
import org.glassfish.jersey.server.ResourceConfig;

/** The OpenAPI description of this api, generated from the resources Jersey actually serves. */
@Path("/api/openapi.json")
public class OpenApiResource {
    private final ResourceConfig config;
    private volatile Map<String, Object> document;

    public OpenApiResource(ResourceConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    public Map<String, Object> document() {
        Map<String, Object> built = document;
        if (built == null) {
            built = OpenApiDocument.of(resourceClasses(config));
            document = built;
        }
        return built;
    }

    /** Our resource classes registered in a Jersey configuration. */
    public static Set<Class<?>> resourceClasses(ResourceConfig config) {
        Set<Class<?>> classes = new HashSet<>(config.getClasses());
        config.getInstances().forEach(instance -> classes.add(instance.getClass()));
        classes.removeIf(c -> !c.getName().startsWith("org.bellwether.") || !c.isAnnotationPresent(Path.class));
        return classes;
    }
}
