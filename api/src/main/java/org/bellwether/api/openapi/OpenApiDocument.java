package org.bellwether.api.openapi;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.common.DenyByDefaultFeature;
import org.bellwether.api.common.Problem;
import org.bellwether.api.common.Returns;
import org.bellwether.api.common.Roles;

/**
 * Builds an OpenAPI 3.1 document from Jersey's resource model and the Java types of the real resources, so the
 * description cannot drift from what is served: paths, methods, parameters, bodies (JSON Schema of the records),
 * responses, and each operation's role rule ({@code x-roles}).
 */
public final class OpenApiDocument {
    private final Map<String, Object> schemas = new LinkedHashMap<>();

    private OpenApiDocument() {
    }

    public static Map<String, Object> of(Collection<Class<?>> resourceClasses) {
        return new OpenApiDocument().build(EndpointCatalog.of(resourceClasses));
    }

    private Map<String, Object> build(List<EndpointCatalog.Endpoint> endpoints) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (EndpointCatalog.Endpoint endpoint : endpoints) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(endpoint.path(),
                    p -> new LinkedHashMap<String, Object>());
            item.put(endpoint.httpMethod().toLowerCase(java.util.Locale.ROOT), operation(endpoint));
        }
        schemaOf(Problem.class);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", Map.of("title", "Bellwether API", "version", "1",
                "description", "Triage, messengers, assignments, briefings and search. Errors are "
                        + "application/problem+json (RFC 9457). Changes to cases, messengers and assignments need "
                        + "If-Match with the ETag (version) last read; a stale one is a 409."));
        document.put("paths", paths);
        document.put("components", Map.of("schemas", schemas, "securitySchemes", Map.of(
                "bearer", Map.of("type", "http", "scheme", "bearer"),
                "basic", Map.of("type", "http", "scheme", "basic", "description", "dev mode only"))));
        return document;
    }

    private Map<String, Object> operation(EndpointCatalog.Endpoint endpoint) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", endpoint.resourceClass().getSimpleName().replace("Resource", "") + "."
                + endpoint.method().getName());
        op.put("tags", List.of(endpoint.resourceClass().getSimpleName().replace("Resource", "")));
        List<String> roles = roles(endpoint.rule());
        op.put("x-roles", roles);
        if (!DenyByDefaultFeature.isPublic(endpoint.rule())) {
            op.put("security", List.of(Map.of("bearer", List.of()), Map.of("basic", List.of())));
        }
        List<Object> parameters = new ArrayList<>();
        Parameter[] javaParams = endpoint.method().getParameters();
        Type[] generic = endpoint.method().getGenericParameterTypes();
        for (int i = 0; i < javaParams.length; i++) {
            Parameter param = javaParams[i];
            if (param.isAnnotationPresent(Context.class) || param.isAnnotationPresent(Auth.class)) {
                continue;
            }
            String in = param.isAnnotationPresent(PathParam.class) ? "path"
                    : param.isAnnotationPresent(QueryParam.class) ? "query"
                    : param.isAnnotationPresent(HeaderParam.class) ? "header" : null;
            if (in == null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("required", true);
                body.put("content", Map.of(consumes(endpoint), Map.of("schema", schema(generic[i]))));
                op.put("requestBody", body);
                continue;
            }
            String name = in.equals("path") ? param.getAnnotation(PathParam.class).value()
                    : in.equals("query") ? param.getAnnotation(QueryParam.class).value()
                    : param.getAnnotation(HeaderParam.class).value();
            Map<String, Object> schema = new LinkedHashMap<>(schema(generic[i]));
            DefaultValue defaultValue = param.getAnnotation(DefaultValue.class);
            if (defaultValue != null) {
                schema.put("default", defaultValue.value());
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", name);
            p.put("in", in);
            p.put("required", in.equals("path") || name.equals("If-Match"));
            p.put("schema", schema);
            parameters.add(p);
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        op.put("responses", responses(endpoint));
        return op;
    }

    private Map<String, Object> responses(EndpointCatalog.Endpoint endpoint) {
        Map<String, Object> responses = new LinkedHashMap<>();
        Class<?> returned = endpoint.method().getReturnType();
        String produces = produces(endpoint);
        Returns declared = endpoint.method().getAnnotation(Returns.class);
        if (declared != null) {
            Map<String, Object> schema = new LinkedHashMap<>(schema(declared.value()));
            if (declared.items() != Void.class) {
                schema = new LinkedHashMap<>(Map.of("allOf", List.of(schema(declared.value())), "properties",
                        Map.of("hits", Map.of("type", "array", "items", schema(declared.items())))));
            }
            responses.put("200", Map.of("description", "success", "content", Map.of(produces,
                    Map.of("schema", schema))));
        } else if (returned == void.class) {
            responses.put("204", Map.of("description", "done"));
        } else if (returned == jakarta.ws.rs.core.Response.class) {
            responses.put("2XX", Map.of("description", "success",
                    "content", Map.of(produces, Map.of("schema", Map.of()))));
        } else {
            responses.put("200", Map.of("description", "success",
                    "content", Map.of(produces, Map.of("schema", schema(endpoint.method().getGenericReturnType())))));
        }
        Map<String, Object> problem = Map.of("description", "problem",
                "content", Map.of(Problem.MEDIA_TYPE, Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
        responses.put("400", problem);
        if (!DenyByDefaultFeature.isPublic(endpoint.rule())) {
            responses.put("401", problem);
            responses.put("403", problem);
        }
        responses.put("404", problem);
        if (!endpoint.httpMethod().equals("GET")) {
            responses.put("409", problem);
        }
        return responses;
    }

    private Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schema(args[1]));
            }
            if (raw.isRecord()) {
                return schemaOf(raw); // generic records (Page<T>, SearchResult<T>): items typed loosely
            }
            return Map.of();
        }
        if (!(type instanceof Class<?> cls)) {
            return Map.of();
        }
        if (cls == String.class) {
            return Map.of("type", "string");
        }
        if (cls == UUID.class) {
            return Map.of("type", "string", "format", "uuid");
        }
        if (cls == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (cls == int.class || cls == Integer.class || cls == long.class || cls == Long.class) {
            return Map.of("type", "integer");
        }
        if (cls == double.class || cls == Double.class || cls == float.class || cls == Float.class) {
            return Map.of("type", "number");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (cls.isEnum()) {
            return Map.of("type", "string");
        }
        if (cls.isRecord()) {
            return schemaOf(cls);
        }
        return Map.of();
    }

    private Map<String, Object> schemaOf(Class<?> record) {
        String name = record.getSimpleName();
        if (!schemas.containsKey(name)) {
            schemas.put(name, Map.of()); // break cycles
            Map<String, Object> properties = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            for (RecordComponent component : record.getRecordComponents()) {
                properties.put(component.getName(), schema(component.getGenericType()));
                if (Arrays.stream(component.getAccessor().getAnnotations()).map(Annotation::annotationType).anyMatch(
                        a -> a == NotNull.class || a == NotBlank.class || a == NotEmpty.class)) {
                    required.add(component.getName());
                }
            }
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "object");
            schema.put("properties", properties);
            if (!required.isEmpty()) {
                schema.put("required", required);
            }
            schemas.put(name, schema);
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private static List<String> roles(Annotation rule) {
        if (DenyByDefaultFeature.isPublic(rule)) {
            return List.of("anonymous");
        }
        if (rule instanceof PermitAll) {
            return Roles.ALL;
        }
        if (rule instanceof RolesAllowed allowed) {
            return List.of(allowed.value());
        }
        return List.of();
    }

    private static String consumes(EndpointCatalog.Endpoint endpoint) {
        Consumes consumes = endpoint.method().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = endpoint.resourceClass().getAnnotation(Consumes.class);
        }
        return consumes == null ? "application/json" : consumes.value()[0];
    }

    private static String produces(EndpointCatalog.Endpoint endpoint) {
        Produces produces = endpoint.method().getAnnotation(Produces.class);
        if (produces == null) {
            produces = endpoint.resourceClass().getAnnotation(Produces.class);
        }
        return produces == null ? "application/json" : produces.value()[0];
    }
}
