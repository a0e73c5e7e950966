package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bellwether.api.common.DenyByDefaultFeature;
import org.bellwether.api.common.Roles;
import org.bellwether.api.openapi.EndpointCatalog;
import org.bellwether.api.openapi.OpenApiResource;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /api/openapi.json, generated from the resources' annotations, describes exactly what the running application
 * serves, each operation with the role rule the server enforces.
 */
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
    void everyDocumentedOperationCarriesTheRoleRuleTheServerEnforces() {
        Map<String, List<String>> rules = new TreeMap<>();
        EndpointCatalog.of(OpenApiResource.resourceClasses(APP.getEnvironment().jersey().getResourceConfig()))
                .forEach(e -> rules.put(e.httpMethod().toLowerCase() + " " + e.path(), rolesOf(e.rule())));
        JsonNode paths = document().get("paths");
        List<String> withoutRule = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fields().forEachRemaining(operation -> {
                String name = operation.getKey() + " " + path.getKey();
                JsonNode roles = operation.getValue().get("x-roles");
                if (roles == null) {
                    withoutRule.add(name);
                    return;
                }
                List<String> documented = new ArrayList<>();
                roles.forEach(role -> documented.add(role.asText()));
                assertThat(documented).as(name).isEqualTo(rules.get(name));
                assertThat(operation.getValue().get("security")).as(name).isNotNull();
                assertThat(operation.getValue().get("tags")).as(name).isNotEmpty();
                assertThat(operation.getValue().path("summary").asText()).as(name + " summary").isNotBlank();
            });
        }
        assertThat(withoutRule).as("documented operations without a role rule").isEmpty();
        assertThat(paths.get("/api/auth/login").get("post").get("security")).isEmpty();
        assertThat(paths.get("/api/triage/{id}/transitions").get("post").get("security").toString())
                .contains("bearer", "basic", "officer");
    }

    private static List<String> rolesOf(Annotation rule) {
        if (DenyByDefaultFeature.isPublic(rule)) {
            return List.of("anonymous");
        }
        if (rule instanceof PermitAll) {
            return Roles.ALL;
        }
        if (rule instanceof RolesAllowed allowed) {
            return List.of(allowed.value());
        }
        return rule instanceof DenyAll ? List.of() : null;
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
        JsonNode schemas = document().get("components").get("schemas");
        assertThat(schemas.get("Narrative").get("properties").has("claims")).as("a narrative's debunked claims")
                .isTrue();
        assertThat(schemas.get("NetworkMatchView").get("properties").has("claimIds")).isTrue();
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
