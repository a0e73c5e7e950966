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
 * Every endpoint the running application serves × every role and anonymous → the status the written policy
 * ({@code src/test/resources/role-policy.tsv}, reviewed by a person) promises: 401 for anonymous unless the policy
 * lets anonymous in, 403 for a role it leaves out, anything but 401/403/500 for a role it lets in. The expectations
 * come from the policy, never from the annotations under test: an operation missing from the policy, or a policy
 * line for an operation the application does not serve, fails {@link #thePolicyListsExactlyTheServedOperations}.
 * An endpoint without a rule fails {@link #everyEndpointDeclaresARoleRule}.
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

    static final String POLICY = "/role-policy.tsv";

    /** The policy: "METHOD path" → who may call it (anonymous and role names). */
    static Map<String, Set<String>> policy() {
        Map<String, Set<String>> policy = new LinkedHashMap<>();
        try (java.io.InputStream in = RoleMatrixTest.class.getResourceAsStream(POLICY)) {
            assertThat(in).as(POLICY + " on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                assertThat(columns).as("METHOD<TAB>path<TAB>who: " + line).hasSize(3);
                Set<String> who = Arrays.stream(columns[2].split(",")).map(String::trim)
                        .filter(w -> !w.equals("nobody")).collect(Collectors.toSet());
                assertThat(who).as(line).allMatch(w -> w.equals(ANONYMOUS) || Roles.isRole(w));
                assertThat(policy.put(columns[0] + " " + columns[1], who)).as("listed twice: " + line).isNull();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return policy;
    }

    @Test
    void thePolicyListsExactlyTheServedOperations() {
        Set<String> served = endpoints().stream().map(Endpoint::name).collect(Collectors.toSet());
        Set<String> written = policy().keySet();
        assertThat(served.stream().filter(e -> !written.contains(e)).sorted().toList())
                .as("operations the policy does not list (add them to %s after review):%n%s", POLICY, table())
                .isEmpty();
        assertThat(written.stream().filter(e -> !served.contains(e)).toList())
                .as("policy lines for operations the application does not serve").isEmpty();
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
        Set<String> allowed = policy().get(endpoint.name());
        assertThat(allowed).as(endpoint.name() + " is not in " + POLICY).isNotNull();
        Expected expected = allowed.contains(who) ? Expected.ALLOWED
                : who.equals(ANONYMOUS) ? Expected.UNAUTHENTICATED : Expected.FORBIDDEN;
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

    /** What the annotations say, in the policy's format: a draft for a person to review, never the expectation. */
    static String table() {
        return endpoints().stream().sorted(java.util.Comparator.comparing(Endpoint::path)
                        .thenComparing(Endpoint::httpMethod))
                .map(e -> e.httpMethod() + "\t" + e.path() + "\t" + Stream.concat(Stream.of(ANONYMOUS),
                                Roles.ALL.stream()).filter(r -> expected(e, r) == Expected.ALLOWED)
                        .collect(Collectors.collectingAndThen(Collectors.joining(","),
                                who -> who.isEmpty() ? "nobody" : who)))
                .collect(Collectors.joining("\n"));
    }
}
