package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bellwether.api.common.DenyByDefaultFeature;
import org.bellwether.api.common.Roles;
import org.bellwether.api.openapi.EndpointCatalog;
import org.bellwether.api.openapi.EndpointCatalog.Endpoint;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint the running application serves × every role and anonymous → the status its role rule promises:
 * 401 for anonymous unless {@code @Public}, 403 for a role the rule leaves out, anything but 401/403/500 for a
 * role it lets in. An endpoint without a rule fails {@link #everyEndpointDeclaresARoleRule}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RoleMatrixTest {
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(new FakeSearchService());
    static final String ANONYMOUS = "anonymous";
    static final Map<String, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void logIn() {
        for (String role : Roles.ALL) {
            TOKENS.put(role, TestApps.login(APP, role, TestApps.DEV_PASSWORD));
        }
    }

    static List<Endpoint> endpoints() {
        Set<Class<?>> classes = new java.util.HashSet<>(APP.getEnvironment().jersey().getResourceConfig().getClasses());
        APP.getEnvironment().jersey().getResourceConfig().getInstances().forEach(i -> classes.add(i.getClass()));
        return EndpointCatalog.of(classes.stream().filter(c -> c.getName().startsWith("org.bellwether.")).toList());
    }

    @Test
    void everyEndpointDeclaresARoleRule() {
        List<String> missing = endpoints().stream().filter(e -> e.rule() == null).map(Endpoint::name).toList();
        assertThat(missing).as("endpoints without a role rule").isEmpty();
        assertThat(endpoints()).hasSizeGreaterThan(5);
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String who : Stream.concat(Stream.of(ANONYMOUS), Roles.ALL.stream()).toList()) {
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + who, () -> check(endpoint, who)));
            }
        }
        return tests.stream();
    }

    private static void check(Endpoint endpoint, String who) {
        Expected expected = expected(endpoint, who);
        String path = endpoint.path().replaceAll("\\{[^}]+}", "0");
        Invocation.Builder request = APP.client().target(TestApps.url(APP, path)).request();
        if (!who.equals(ANONYMOUS)) {
            // log-out revokes the token it is called with: it gets a token of its own
            String token = endpoint.path().endsWith("/logout") ? TestApps.login(APP, who, TestApps.DEV_PASSWORD)
                    : TOKENS.get(who);
            request = request.header("Authorization", "Bearer " + token);
        }
        Response response = switch (endpoint.httpMethod()) {
            case "GET" -> request.get();
            case "DELETE" -> request.delete();
            default -> request.method(endpoint.httpMethod(), Entity.json("{}"));
        };
        int status = response.getStatus();
        String body = response.readEntity(String.class);
        switch (expected) {
            case UNAUTHENTICATED -> assertThat(status).as(body).isEqualTo(401);
            case FORBIDDEN -> assertThat(status).as(body).isEqualTo(403);
            case ALLOWED -> {
                assertThat(status).as(body).isNotIn(401, 500);
                if (status == 403) {
                    assertThat(body).as("a role rule refusal for a role the rule lets in")
                            .doesNotContain("your role may not do this").doesNotContain("no role rule");
                }
            }
        }
    }

    enum Expected { UNAUTHENTICATED, FORBIDDEN, ALLOWED }

    static Expected expected(Endpoint endpoint, String who) {
        if (DenyByDefaultFeature.isPublic(endpoint.rule())) {
            return Expected.ALLOWED;
        }
        if (who.equals(ANONYMOUS)) {
            return Expected.UNAUTHENTICATED;
        }
        if (endpoint.rule() instanceof PermitAll) {
            return Expected.ALLOWED;
        }
        if (endpoint.rule() instanceof RolesAllowed allowed) {
            return Arrays.asList(allowed.value()).contains(who) ? Expected.ALLOWED : Expected.FORBIDDEN;
        }
        if (endpoint.rule() instanceof DenyAll) {
            return Expected.FORBIDDEN;
        }
        throw new AssertionError(endpoint.name() + " has no role rule");
    }

    /** The matrix as a table, for the README: endpoint → roles let in. */
    static String table() {
        return endpoints().stream().map(e -> e.name() + " → " + Stream.concat(Stream.of(ANONYMOUS), Roles.ALL.stream())
                .filter(r -> expected(e, r) == Expected.ALLOWED).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
