package org.bellwether.api.openapi;

import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.bellwether.api.common.DenyByDefaultFeature;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Every HTTP endpoint of a set of resource classes, read from Jersey's own resource model, so the role matrix
 * and the OpenAPI document see exactly what Jersey serves.
 */
public final class EndpointCatalog {
    private EndpointCatalog() {
    }

    /**
     * One endpoint.
     *
     * @param httpMethod    GET, POST, …
     * @param path          the template, e.g. {@code /api/narratives/{id}}
     * @param method        the Java method
     * @param resourceClass its resource class
     * @param rule          its role rule annotation, or null when it has none
     */
    public record Endpoint(String httpMethod, String path, Method method, Class<?> resourceClass, Annotation rule) {
        public String name() {
            return httpMethod + " " + path;
        }
    }

    /** The endpoints of those classes that are root resources (carry {@code @Path}), sorted by path and method. */
    public static List<Endpoint> of(Collection<Class<?>> classes) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : classes) {
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            Resource resource = Resource.from(type);
            collect(resource, "", type, endpoints);
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    private static void collect(Resource resource, String parent, Class<?> type, List<Endpoint> out) {
        String path = join(parent, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            Method java = method.getInvocable().getDefinitionMethod();
            out.add(new Endpoint(method.getHttpMethod(), path, java, type, DenyByDefaultFeature.ruleOf(java, type)));
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, type, out);
        }
    }

    private static String join(String parent, String path) {
        if (path == null || path.isEmpty()) {
            return parent.isEmpty() ? "/" : parent;
        }
        String trimmed = path.startsWith("/") ? path : "/" + path;
        if (trimmed.endsWith("/") && trimmed.length() > 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return parent + trimmed;
    }
}
