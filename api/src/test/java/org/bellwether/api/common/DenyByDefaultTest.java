package org.bellwether.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.bellwether.api.openapi.EndpointCatalog;
import org.bellwether.api.openapi.OpenApiGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A resource method without a role rule is refused to everyone, and both the catalogue of served endpoints and the
 * generated OpenAPI document report it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DenyByDefaultTest {

    @Path("/forgotten")
    public static class ForgottenResource {
        @GET
        public String noRule() {
            return "secret";
        }

        @GET
        @Path("open")
        @Public
        public String open() {
            return "open";
        }
    }

    static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .setRegisterDefaultExceptionMappers(false)
            .addResource(new ForgottenResource())
            .addProvider(new DenyByDefaultFeature())
            .addProvider(new WebApplicationExceptionMapper())
            .build();

    @Test
    void aMethodWithoutARuleAnswers403() {
        assertThat(RESOURCES.target("/forgotten").request().get().getStatus()).isEqualTo(403);
        assertThat(RESOURCES.target("/forgotten/open").request().get(String.class)).isEqualTo("open");
    }

    @Test
    void theCatalogueFindsTheMethodWithoutARule() {
        List<EndpointCatalog.Endpoint> endpoints = EndpointCatalog.of(List.of(ForgottenResource.class));
        assertThat(endpoints).extracting(EndpointCatalog.Endpoint::name)
                .containsExactly("GET /forgotten", "GET /forgotten/open");
        assertThat(endpoints.get(0).rule()).isNull();
        assertThat(endpoints.get(1).rule()).isInstanceOf(Public.class);
    }

    @Test
    void theGeneratedDocumentListsTheMethodWithoutARoleRule() {
        Paths paths = OpenApiGenerator.generate(List.of(ForgottenResource.class)).getPaths();
        assertThat(paths).containsOnlyKeys("/forgotten", "/forgotten/open");
        Operation forgotten = paths.get("/forgotten").getGet();
        assertThat(forgotten.getExtensions()).as("no role rule: no roles documented").isNull();
        assertThat(forgotten.getResponses()).containsKey("403");
        Operation open = paths.get("/forgotten/open").getGet();
        assertThat(open.getExtensions()).containsEntry("x-roles", List.of("anonymous"));
        assertThat(open.getResponses()).doesNotContainKeys("401", "403");
    }
}
