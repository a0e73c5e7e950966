package org.bellwether.api.intake.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import java.util.List;
import org.bellwether.api.common.DenyByDefaultFeature;
import org.bellwether.api.common.PublicEndpoint;
import org.bellwether.api.openapi.EndpointCatalog;
import org.bellwether.api.openapi.OpenApiGenerator;
import org.junit.jupiter.api.Test;

/**
 * The tip lines' role rule: public to the platforms (they authenticate by signature or secret, not by a user), with
 * a summary and their own 401 in the generated document. The app-wide role matrix runs without Kafka and so without
 * intake; this is the lines' share of it.
 */
class ChatLineEndpointsTest {
    private static final List<Class<?>> LINES = List.of(WhatsAppResource.class, TelegramResource.class);

    @Test
    void everyEndpointIsAPublicEndpointWithASummary() {
        List<EndpointCatalog.Endpoint> endpoints = EndpointCatalog.of(LINES);
        assertThat(endpoints).extracting(EndpointCatalog.Endpoint::name)
                .containsExactlyInAnyOrder("GET /tips/whatsapp", "POST /tips/whatsapp", "POST /tips/telegram");
        assertThat(endpoints).allSatisfy(endpoint -> {
            assertThat(endpoint.rule()).isInstanceOf(PublicEndpoint.class);
            assertThat(DenyByDefaultFeature.isPublic(endpoint.rule())).isTrue();
        });
        Paths paths = OpenApiGenerator.generate(LINES).getPaths();
        for (Operation operation : List.of(paths.get("/tips/whatsapp").getGet(), paths.get("/tips/whatsapp").getPost(),
                paths.get("/tips/telegram").getPost())) {
            assertThat(operation.getSummary()).isNotBlank();
            assertThat(operation.getExtensions()).containsEntry("x-roles", List.of("anonymous"));
        }
        assertThat(paths.get("/tips/whatsapp").getPost().getResponses()).containsKeys("401", "503");
        assertThat(paths.get("/tips/telegram").getPost().getResponses()).containsKeys("401", "503");
        assertThat(paths.get("/tips/whatsapp").getGet().getResponses()).containsKey("403");
    }
}
