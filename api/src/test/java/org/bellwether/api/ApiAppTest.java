package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.Narratives;
import org.bellwether.api.support.TestApps;
import org.bellwether.model.Json;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole application over HTTP: log-in, dev-mode Basic, reads, problem errors, health, audit. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiAppTest {
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH,
            io.dropwizard.testing.ConfigOverride.config("maxRequestBytes", "4096"),
            io.dropwizard.testing.ConfigOverride.config("trustedProxies", "127.0.0.1"));
    static String analyst;

    @BeforeAll
    static void seed() {
        SEARCH.put(Narratives.simple("n-low", "Low rumour", 0.2, false));
        SEARCH.put(Narratives.simple("n-high", "Bridge closure rumour", 0.9, true));
        analyst = TestApps.login(APP, "analyst", TestApps.DEV_PASSWORD);
    }

    private Response get(String path) {
        return TestApps.as(APP, analyst, path).get();
    }

    @Test
    void listsNarrativesByPriorityWithTotalAndHits() {
        Map<?, ?> body = get("/api/narratives").readEntity(Map.class);
        assertThat(body.get("total")).isEqualTo(2);
        List<?> hits = (List<?>) body.get("hits");
        assertThat(hits.stream().map(h -> (Object) ((Map<?, ?>) ((Map<?, ?>) h).get("narrative"))
                .get("narrativeId")).toList()).isEqualTo(List.of("n-high", "n-low"));
        Map<?, ?> flagged = get("/api/narratives?flagged=true").readEntity(Map.class);
        assertThat(flagged.get("total")).isEqualTo(1);
    }

    @Test
    void basicAuthWorksInDevMode() {
        String basic = Base64.getEncoder().encodeToString("officer:bellwether-dev".getBytes(StandardCharsets.UTF_8));
        Response response = APP.client().target(TestApps.url(APP, "/api/narratives/n-high")).request()
                .header("Authorization", "Basic " + basic).get();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.readEntity(String.class)).contains("Bridge closure rumour");
    }

    @Test
    void aLuceneSyntaxErrorIsA400ProblemNeverA500() {
        Response response = get("/api/search/posts?q=%22unclosed");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
        Map<?, ?> problem = response.readEntity(Map.class);
        assertThat(problem.get("status")).isEqualTo(400);
        assertThat((String) problem.get("detail")).contains("Cannot parse");
    }

    @Test
    void clientMistakesAreProblemsWithTheRightStatus() {
        assertProblem(get("/api/nothing-here"), 404);
        assertProblem(get("/api/narratives/unknown"), 404);
        assertProblem(get("/api/search/posts?from=yesterday"), 400);
        assertProblem(get("/api/search/posts?page=abc"), 400);
        assertProblem(get("/api/narratives?flagged=maybe"), 400);
        assertProblem(get("/api/search/posts?category=gossip"), 400);
        assertProblem(TestApps.as(APP, analyst, "/api/narratives").delete(), 405);
        String loginUrl = TestApps.url(APP, "/api/auth/login");
        assertProblem(APP.client().target(loginUrl).request().post(Entity.text("hello")), 415);
        assertProblem(APP.client().target(loginUrl).request().post(Entity.json("{\"username\": ")), 400);
        Response invalid = APP.client().target(loginUrl).request().post(Entity.json("{\"username\": \"x\"}"));
        Map<?, ?> problem = assertProblem(invalid, 400);
        assertThat((List<?>) problem.get("errors")).isNotEmpty();
        String huge = "{\"username\": \"" + "x".repeat(10_000) + "\", \"password\": \"y\"}";
        assertProblem(APP.client().target(loginUrl).request().post(Entity.json(huge)), 413);
        assertProblem(APP.client().target(TestApps.url(APP, "/api/narratives")).request().get(), 401);
    }

    @Test
    void duplicateKeysAreA400AndMessagesNameFieldsNotJavaTypes() {
        String loginUrl = TestApps.url(APP, "/api/auth/login");
        Map<?, ?> duplicate = assertProblem(APP.client().target(loginUrl).request().post(Entity.json(
                "{\"username\": \"analyst\", \"password\": \"x\", \"username\": \"admin\"}")), 400);
        assertThat((String) duplicate.get("detail")).contains("duplicate key").contains("username");
        Map<?, ?> wrongType = assertProblem(APP.client().target(loginUrl).request().post(Entity.json(
                "{\"username\": {\"a\": 1}, \"password\": \"x\"}")), 400);
        assertThat(Json.writeString(wrongType)).contains("username").doesNotContain("java.", "String`", "class ");
    }

    @Test
    void errorsJettyAnswersItselfAreProblemsToo() throws Exception {
        assertRawProblem("GET /api/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n", 414);
        assertRawProblem("GET /api/narratives HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\n", 431);
        assertRawProblem("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\n", 400);
    }

    private static void assertRawProblem(String head, int status) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).as(response).startsWith("HTTP/1.1 " + status);
            assertThat(response.toLowerCase(java.util.Locale.ROOT)).as(response)
                    .contains("content-type: application/problem+json")
                    .doesNotContain("<html");
            assertThat(response).contains("\"status\":" + status);
        }
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotStopTheOwnerSigningInFromAnother() {
        String url = TestApps.url(APP, "/api/auth/login");
        Map<String, String> wrong = Map.of("username", "messenger", "password", "wrong");
        Map<String, String> right = Map.of("username", "messenger", "password", TestApps.DEV_PASSWORD);
        int refused = 0;
        int throttled = 0;
        for (int i = 0; i < 8; i++) {
            Response response = APP.client().target(url).request().header("X-Forwarded-For", "203.0.113.9")
                    .post(Entity.json(wrong));
            if (response.getStatus() == 429) {
                throttled++;
                assertThat(Long.parseLong(response.getHeaderString("Retry-After"))).isPositive();
                assertProblem(response, 429);
            } else {
                assertProblem(response, 401);
                refused++;
            }
        }
        assertThat(refused + throttled).isEqualTo(8);
        Response owner = APP.client().target(url).request().header("X-Forwarded-For", "198.51.100.20")
                .post(Entity.json(right));
        assertThat(owner.getStatus()).isEqualTo(200);
        String admin = TestApps.login(APP, "admin", TestApps.DEV_PASSWORD);
        List<?> users = TestApps.as(APP, admin, "/api/users").get(List.class);
        assertThat(users).allSatisfy(user -> assertThat(((Map<?, ?>) user).get("locked")).isEqualTo(false));
    }

    @Test
    void apiResponsesAreNeverCachedNorSniffed() {
        for (Response response : List.of(get("/api/narratives"), get("/api/nothing-here"),
                APP.client().target(TestApps.url(APP, "/api/auth/login")).request().post(Entity.json("{}")))) {
            assertThat(response.getHeaderString("Cache-Control")).as(response.toString()).isEqualTo("no-store");
            assertThat(response.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
            response.close();
        }
    }

    @Test
    void logoutRevokesTheToken() {
        String token = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        assertThat(TestApps.as(APP, token, "/api/auth/me").get().getStatus()).isEqualTo(200);
        assertThat(TestApps.as(APP, token, "/api/auth/logout").post(null).getStatus()).isEqualTo(204);
        assertThat(TestApps.as(APP, token, "/api/auth/me").get().getStatus()).isEqualTo(401);
    }

    @Test
    void searchesAndViewsAreAuditedInAnAppendOnlyLog() {
        get("/api/search/posts?q=bridge&lang=en").close();
        get("/api/narratives/n-high").close();
        String admin = TestApps.login(APP, "admin", TestApps.DEV_PASSWORD);
        // reads are audited in batches, within a fraction of a second
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<?, ?> page = TestApps.as(APP, admin, "/api/audit?actor=analyst").get().readEntity(Map.class);
            List<Object> actions = ((List<?>) page.get("hits")).stream()
                    .map(h -> (Object) ((Map<?, ?>) h).get("action")).toList();
            assertThat(actions).contains("search.posts", "narratives.view");
        });
        String csv = TestApps.as(APP, admin, "/api/audit/export?format=csv&actor=analyst").get(String.class);
        assertThat(csv).startsWith("id,at,actor").contains("search.posts");
        Jdbi jdbi = Jdbi.create(APP.getConfiguration().getDatabase().getUrl(), "postgres", "");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("DELETE FROM audit_log")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("UPDATE audit_log SET actor = 'x'")))
                .hasMessageContaining("append-only");
    }

    @Test
    void theAuditPageReportsTheRealTotalAndTheChainVerifies() {
        String admin = TestApps.login(APP, "admin", TestApps.DEV_PASSWORD);
        for (int i = 0; i < 3; i++) {
            TestApps.as(APP, admin, "/api/audit?pageSize=1").get().close();
        }
        Map<?, ?> page = TestApps.as(APP, admin, "/api/audit?action=audit.read&pageSize=1").get()
                .readEntity(Map.class);
        assertThat(((List<?>) page.get("hits"))).hasSize(1);
        assertThat(((Number) page.get("total")).longValue()).isGreaterThanOrEqualTo(3);
        Map<?, ?> verification = TestApps.as(APP, admin, "/api/audit/verify").get().readEntity(Map.class);
        assertThat(verification.get("intact")).as(verification.toString()).isEqualTo(true);
        assertThat(((Number) verification.get("rows")).longValue()).isGreaterThan(3);
    }

    @Test
    void listsViewsAndRefusedReadsAreAuditedWithTheHumanActor() {
        String officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        String admin = TestApps.login(APP, "admin", TestApps.DEV_PASSWORD);
        TestApps.as(APP, officer, "/api/triage?state=new").get().close();
        TestApps.as(APP, officer, "/api/messengers").get().close();
        TestApps.as(APP, officer, "/api/playbooks").get().close();
        TestApps.as(APP, officer, "/api/users").get().close();
        TestApps.as(APP, officer, "/api/search/posts?q=%22unclosed").get().close();
        TestApps.as(APP, admin, "/api/users").get().close();
        TestApps.as(APP, admin, "/api/admin/retention/run").post(null).close();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(actions(admin, "officer")).contains("triage.queue", "messengers.list", "playbooks.latest",
                    "users.list.refused", "search.posts.refused");
            assertThat(actions(admin, "admin")).contains("users.list", "retention.run");
        });
        assertThat(actions(admin, "system")).doesNotContain("retention.run");
    }

    private static List<Object> actions(String admin, String actor) {
        Map<?, ?> page = TestApps.as(APP, admin, "/api/audit?pageSize=500&actor=" + actor).get().readEntity(Map.class);
        return ((List<?>) page.get("hits")).stream().map(h -> (Object) ((Map<?, ?>) h).get("action")).toList();
    }

    @Test
    void healthChecksReportDatabaseKafkaAndIndex() {
        Response response = APP.client().target("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")
                .request().get();
        Map<?, ?> checks = Json.read(response.readEntity(String.class), Map.class);
        assertThat(checks.keySet().stream().map(Object::toString).toList()).contains("database", "kafka", "index");
        assertThat(((Map<?, ?>) checks.get("database")).get("healthy")).isEqualTo(true);
    }

    private static Map<?, ?> assertProblem(Response response, int status) {
        assertThat(response.getStatus()).as(response.toString()).isEqualTo(status);
        assertThat(response.getMediaType()).isNotNull();
        assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
        Map<?, ?> problem = response.readEntity(Map.class);
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat(problem.get("title")).isNotNull();
        assertThat(problem.get("detail")).isNotNull();
        return problem;
    }
}
