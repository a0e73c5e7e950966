package org.bellwether.api.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.bellwether.api.common.DenyByDefaultFeature;
import org.bellwether.api.common.Problem;
import org.bellwether.api.common.Returns;

/**
 * An operation's responses: the success swagger-core reads from the return type, named by its status (200 with
 * a body, 204 for {@code void}, 2XX for a {@code Response} built by hand, whose body {@link Returns} may name), and
 * the {@code application/problem+json} errors every endpoint may answer: 400, 404, 401 and 403 unless public, 409
 * for changes.
 */
final class ResponseRules {
    private static final String SWAGGER_DEFAULT = "default";

    private ResponseRules() {
    }

    static void apply(EndpointCatalog.Endpoint endpoint, Operation operation, Components components) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ApiResponses named = new ApiResponses();
        ApiResponse success = responses.remove(SWAGGER_DEFAULT);
        Method method = endpoint.method();
        Returns declared = method.getAnnotation(Returns.class);
        if (declared != null) {
            named.addApiResponse("200", new ApiResponse().description("success").content(new Content()
                    .addMediaType(produces(endpoint), new MediaType().schema(declared(declared, components)))));
        } else if (success != null && method.getReturnType() == void.class) {
            named.addApiResponse("204", new ApiResponse().description("done"));
        } else if (success != null && method.getReturnType() == Response.class) {
            named.addApiResponse("2XX", success.description("success"));
        } else if (success != null) {
            named.addApiResponse("200", success.description("success"));
        }
        named.putAll(responses); // statuses the resource documents itself
        named.addApiResponse("400", problem());
        if (!DenyByDefaultFeature.isPublic(endpoint.rule())) {
            named.addApiResponse("401", problem());
            named.addApiResponse("403", problem());
        }
        named.addApiResponse("404", problem());
        if (!endpoint.httpMethod().equals(HttpMethod.GET)) {
            named.addApiResponse("409", problem());
        }
        operation.setResponses(named);
    }

    /** {@code @Returns(value = Page.class, items = NarrativeItem.class)}: a page whose hits are narrative items. */
    private static Schema<?> declared(Returns declared, Components components) {
        Schema<?> body = reference(declared.value(), components);
        if (declared.items() == Void.class) {
            return body;
        }
        return new JsonSchema().allOf(List.of(body)).addProperty("hits", new JsonSchema().types(Set.of("array"))
                .items(reference(declared.items(), components)));
    }

    private static Schema<?> reference(Class<?> type, Components components) {
        components.getSchemas().putAll(ModelConverters.getInstance(true).readAll(type));
        return new JsonSchema().$ref("#/components/schemas/" + type.getSimpleName());
    }

    private static ApiResponse problem() {
        return new ApiResponse().description("problem").content(new Content().addMediaType(Problem.MEDIA_TYPE,
                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/Problem"))));
    }

    private static String produces(EndpointCatalog.Endpoint endpoint) {
        Produces produces = endpoint.method().getAnnotation(Produces.class);
        if (produces == null) {
            produces = endpoint.resourceClass().getAnnotation(Produces.class);
        }
        return produces == null ? jakarta.ws.rs.core.MediaType.APPLICATION_JSON : produces.value()[0];
    }
}
