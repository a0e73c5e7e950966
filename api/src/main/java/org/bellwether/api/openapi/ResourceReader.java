package org.bellwether.api.openapi;

import com.fasterxml.jackson.annotation.JsonView;
import io.dropwizard.auth.Auth;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.jaxrs2.ResolvedParameter;
import io.swagger.v3.oas.integration.api.OpenAPIConfiguration;
import io.swagger.v3.oas.models.Operation;
import jakarta.ws.rs.Consumes;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * swagger-core's JAX-RS reader, taught one Dropwizard convention: an {@code @Auth} parameter is the signed-in
 * caller, injected by the server, not something the client sends (the reader would otherwise take it for the
 * request body).
 */
final class ResourceReader extends Reader {
    ResourceReader(OpenAPIConfiguration configuration) {
        super(configuration);
    }

    @Override
    protected ResolvedParameter getParameters(Type type, List<Annotation> annotations, Operation operation,
                                              Consumes classConsumes, Consumes methodConsumes,
                                              JsonView jsonViewAnnotation) {
        if (annotations.stream().anyMatch(Auth.class::isInstance)) {
            return new ResolvedParameter();
        }
        return super.getParameters(type, annotations, operation, classConsumes, methodConsumes, jsonViewAnnotation);
    }
}
