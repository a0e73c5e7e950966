package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bellwether.api.openapi.EndpointCatalog;
import org.bellwether.api.openapi.OpenApiResource;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /api/openapi.json describes exactly what the running application serves. */
@ExtendWith(DropwizardExtensionsSupport.class)
class OpenApiTest {
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(new FakeSearchService());

    static JsonNode document() {
        return APP.client().target(TestApps.url(APP, "/api/openapi.json")).request().get(JsonNode.class);
    }

    @Test
    void everyServedOperationIsDocumentedAndNothingElse() {
        TreeSet<String> served = new TreeSet<>();
        EndpointCatalog.of(OpenApiResource.resourceClasses(APP.getEnvironment().jersey().getResourceConfig()))
                .forEach(e -> served.add(e.httpMethod().toLowerCase() + " " + e.path()));
        TreeSet<String> documented = new TreeSet<>();
        JsonNode paths = document().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method + " " + path.getKey()));
        }
        assertThat(documented).isEqualTo(served);
        assertThat(documented).contains("get /api/narratives", "get /api/search/posts",
                "post /api/triage/{id}/transitions", "post /api/assignments/{id}/respond", "get /api/openapi.json");
    }

    @Test
    void operationsCarryParametersBodiesAndRoleRules() {
        JsonNode paths = document().get("paths");
        List<String> params = new ArrayList<>();
        paths.get("/api/search/posts").get("get").get("parameters").forEach(p -> params.add(p.get("name").asText()));
        assertThat(params).contains("q", "lang", "from", "to", "narrativeId", "category", "neighbourhood", "source",
                "page", "pageSize");
        JsonNode transition = paths.get("/api/triage/{id}/transitions").get("post");
        assertThat(transition.get("x-roles").toString()).contains("officer", "admin").doesNotContain("analyst");
        assertThat(transition.get("requestBody").toString()).contains("TransitionRequest");
        assertThat(transition.get("parameters").toString()).contains("If-Match");
        assertThat(document().get("components").get("schemas").get("TransitionRequest").get("required").toString())
                .contains("to");
        assertThat(paths.get("/api/auth/login").get("post").get("x-roles").get(0).asText()).isEqualTo("anonymous");
        assertThat(paths.get("/api/narratives").get("get").get("responses").get("200").toString())
                .contains("#/components/schemas/Page").contains("#/components/schemas/NarrativeItem");
    }

    @Test
    void everyDocumentedReadWithoutParametersAnswersForARoleItAllows() {
        JsonNode paths = document().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().get("get");
            if (get == null || path.getKey().contains("{")) {
                continue;
            }
            String role = get.get("x-roles").get(0).asText();
            String token = role.equals("anonymous") ? null : TestApps.login(APP, role, TestApps.DEV_PASSWORD);
            var request = APP.client().target(TestApps.url(APP, path.getKey())).request();
            if (token != null) {
                request = request.header("Authorization", "Bearer " + token);
            }
            try (Response response = request.get()) {
                assertThat(response.getStatus()).as(path.getKey()).isNotIn(404, 405, 500);
                response.readEntity(String.class); // read streamed bodies (exports) to the end
            }
        }
    }
}
