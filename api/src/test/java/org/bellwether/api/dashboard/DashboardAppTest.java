package org.bellwether.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.Narratives;
import org.bellwether.api.support.TestApps;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.search.PostHit;
import org.glassfish.jersey.client.ClientProperties;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dashboard's wiring in the running application: pages and headers, export, map, pulse, CSP reports. */
@ExtendWith(DropwizardExtensionsSupport.class)
class DashboardAppTest {
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH);
    static final Instant AT = Instant.parse("2026-03-09T12:00:00Z");
    static String analyst;
    static String admin;

    @BeforeAll
    static void seed() {
        SEARCH.put(Narratives.simple("n-1", "Water rumour", 0.9, true));
        SEARCH.add(post("p-1", "=HYPERLINK(\"http://evil.example\",\"click\") water", "post", "Riverside"));
        SEARCH.add(post("p-2", "the water is fine, says the lab", "post", "Saint-Roch"));
        SEARCH.add(post("p-3", "+tip about water at the depot", "tip", "Riverside"));
        SEARCH.add(new PostHit("p-4", "n-1", "post", "demo", null, "anon-p-4", "en", AT.minus(java.time.Duration.ofDays(7)),
                "Riverside", 0.7, List.of(HarmCategory.MISINFORMATION), List.of(), "the depot again", List.of(), 1f));
        analyst = TestApps.login(APP, "analyst", TestApps.DEV_PASSWORD);
        admin = TestApps.login(APP, "admin", TestApps.DEV_PASSWORD);
    }

    static PostHit post(String id, String text, String kind, String neighbourhood) {
        return new PostHit(id, "n-1", kind, "demo", null, "anon-" + id, "en", AT, neighbourhood, 0.8,
                List.of(HarmCategory.MISINFORMATION),
                List.of(new HarmScore(HarmCategory.MISINFORMATION, 0.8, List.of("claim-like '" + text + "'"))), text,
                List.of(), 1f);
    }

    @Test
    void theFrontDoorLeadsToThePagesWhichCarryAStrictPolicy() {
        Response root = APP.client().target(TestApps.url(APP, "/")).property(ClientProperties.FOLLOW_REDIRECTS, false)
                .request().get();
        assertThat(root.getLocation().getPath()).isEqualTo("/ui/");
        assertThat(status(root)).isEqualTo(303);

        Response page = APP.client().target(TestApps.url(APP, "/ui/")).request().get();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getMediaType().toString()).startsWith("text/html");
        String csp = page.getHeaderString("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").contains("style-src 'self'").contains("object-src 'none'")
                .contains("report-uri /api/csp-reports").doesNotContain("unsafe");
        assertThat(page.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.readEntity(String.class)).contains("<script type=\"module\" src=\"js/app.js\">");

        Response script = APP.client().target(TestApps.url(APP, "/ui/js/app.js")).request().get();
        assertThat(script.getStatus()).isEqualTo(200);
        assertThat(script.getMediaType().toString()).contains("javascript");
        assertThat(script.getHeaderString("Content-Security-Policy")).isEqualTo(
                SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(status(script)).isEqualTo(200);
    }

    @Test
    void exportsCsvWithFormulasDefusedAndAuditsIt() {
        Response response = TestApps.as(APP, analyst, "/api/search/posts/export?format=csv&q=water").get();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("Content-Disposition")).startsWith("attachment; filename=\"bellwether-posts-");
        String csv = response.readEntity(String.class);
        assertThat(csv).startsWith("\uFEFFpost_id,narrative_id,kind,source,url,author_pseudonym,lang,created_at");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\") water\"")
                .contains("\"'+tip about water at the depot\"");
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(auditActions()).contains("search.export");
    }

    @Test
    void exportsJsonWithTheSameDefusing() {
        Response response = TestApps.as(APP, analyst, "/api/search/posts/export?format=json&q=water").get();
        assertThat(response.getStatus()).isEqualTo(200);
        List<?> rows = org.bellwether.model.Json.read(response.readEntity(String.class), List.class);
        assertThat(rows).hasSize(3);
        assertThat(rows).anySatisfy(row -> assertThat(((Map<?, ?>) row).get("text"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\") water"));
        assertThat(((Map<?, ?>) rows.get(0)).get("harm")).isEqualTo(0.8);
    }

    @Test
    void anExportOfABadQueryOrFormatIsA400() {
        assertThat(status(TestApps.as(APP, analyst, "/api/search/posts/export?format=xls").get())).isEqualTo(400);
        assertThat(status(TestApps.as(APP, analyst, "/api/search/posts/export?q=%22open").get())).isEqualTo(400);
        assertThat(status(TestApps.as(APP, TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD),
                "/api/search/posts/export").get())).isEqualTo(403);
    }

    @Test
    void theMapCountsFlaggedActivityPerNeighbourhoodOfTheCity() {
        Map<?, ?> map = TestApps.as(APP, analyst, "/api/map?from=2026-03-01&to=2026-03-20").get(Map.class);
        assertThat(map.get("city")).isEqualTo("Port Lucena");
        List<?> areas = (List<?>) map.get("neighbourhoods");
        assertThat(areas).hasSize(8);
        assertThat(map.get("flaggedNarratives")).isEqualTo(1);
        assertThat(TestApps.as(APP, analyst, "/api/map/city.geojson").get(String.class)).contains("FeatureCollection")
                .contains("Saint-Roch");
        assertThat(status(TestApps.as(APP, analyst, "/api/map?from=2026-03-20&to=2026-03-01").get())).isEqualTo(400);
    }

    @Test
    void threatsOverTimeCompareEachWeekWithTheOneBeforeAndExportAsDefusedCsv() {
        Map<?, ?> table = TestApps.as(APP, analyst, "/api/map/threats?from=2026-03-09&to=2026-03-16").get(Map.class);
        assertThat(table.get("from")).isEqualTo("2026-03-09T00:00:00Z");
        assertThat(table.get("previousFrom")).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(table.get("weeks")).isEqualTo(List.of("2026-03-09T00:00:00Z"));
        List<?> cells = (List<?>) table.get("cells");
        assertThat(cells).hasSize(2);
        Map<?, ?> riverside = (Map<?, ?>) cells.get(0);
        assertThat(riverside.get("neighbourhood")).isEqualTo("Riverside");
        assertThat(riverside.get("isoWeek")).isEqualTo("2026-W11");
        assertThat(riverside.get("category")).isEqualTo("misinformation");
        assertThat(List.of(riverside.get("flaggedPosts"), riverside.get("tips"), riverside.get("previousFlaggedPosts"),
                riverside.get("previousTips"), riverside.get("change"))).containsExactly(2, 1, 1, 0, 2);
        assertThat(((Map<?, ?>) cells.get(1)).get("neighbourhood")).isEqualTo("Saint-Roch");
        assertThat((List<?>) TestApps.as(APP, analyst, "/api/map/threats?from=2026-03-09&to=2026-03-16&category=threat")
                .get(Map.class).get("cells")).isEmpty();

        Response export = TestApps.as(APP, analyst, "/api/map/threats/export?from=2026-03-09&to=2026-03-16").get();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getHeaderString("Content-Disposition"))
                .isEqualTo("attachment; filename=\"bellwether-threats-2026-03-09.csv\"");
        assertThat(export.readEntity(String.class).lines().toList()).containsExactly(
                "\uFEFFweek,week_start,neighbourhood,category,flagged_posts,tips,previous_week_flagged_posts,"
                        + "previous_week_tips,change",
                "2026-W11,2026-03-09,Riverside,misinformation,2,1,1,0,2",
                "2026-W11,2026-03-09,Saint-Roch,misinformation,1,0,0,0,1");
        assertThat(auditActions()).contains("map.threats.view", "map.threats.export");
        assertThat(status(TestApps.as(APP, analyst, "/api/map/threats?category=nonsense").get())).isEqualTo(400);
        assertThat(status(TestApps.as(APP, analyst, "/api/map/threats?from=2025-01-01&to=2026-03-01").get()))
                .isEqualTo(400);
        assertThat(status(TestApps.as(APP, TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD),
                "/api/map/threats").get())).isEqualTo(403);
    }

    @Test
    void leafletComesFromThisOriginAndNoTilesAreConfiguredInTests() {
        Response leaflet = APP.client().target(TestApps.url(APP, "/ui/vendor/leaflet/leaflet-src.esm.js")).request().get();
        assertThat(leaflet.getStatus()).isEqualTo(200);
        assertThat(leaflet.getMediaType().toString()).contains("javascript");
        assertThat(leaflet.getHeaderString("Content-Security-Policy")).isEqualTo(
                SecurityHeadersFilter.CONTENT_SECURITY_POLICY).contains("img-src 'self' data:;");
        assertThat(leaflet.readEntity(String.class)).contains("Leaflet");
        assertThat(status(APP.client().target(TestApps.url(APP, "/ui/vendor/leaflet/leaflet.css")).request().get()))
                .isEqualTo(200);
        Map<?, ?> base = TestApps.as(APP, analyst, "/api/map/base-layer").get(Map.class);
        assertThat(base.get("tileUrl")).isNull();
    }

    @Test
    void thePulseIsACheapFingerprint() {
        Map<String, Object> pulse = TestApps.as(APP, analyst, "/api/dashboard/pulse").get(new jakarta.ws.rs.core.GenericType<Map<String, Object>>() { });
        assertThat(pulse).containsKeys("fingerprint", "openCases", "overdueCases", "posts", "narratives");
        assertThat(TestApps.as(APP, analyst, "/api/dashboard/pulse").get(Map.class).get("fingerprint"))
                .isEqualTo(pulse.get("fingerprint"));
    }

    @Test
    void theTimelineOfANarrativeWithoutAlertsIsEmpty() {
        Map<?, ?> timeline = TestApps.as(APP, analyst, "/api/narratives/n-1/timeline").get(Map.class);
        assertThat((List<?>) timeline.get("alerts")).isEmpty();
        assertThat((List<?>) timeline.get("responses")).isEmpty();
    }

    @Test
    void anyoneMayReportACspViolationAndAdminsReadThem() {
        String report = "{\"csp-report\":{\"blocked-uri\":\"inline\",\"violated-directive\":\"script-src\"}}";
        Response posted = APP.client().target(TestApps.url(APP, "/api/csp-reports")).request()
                .post(Entity.entity(report, "application/csp-report"));
        assertThat(status(posted)).isEqualTo(204);
        Map<?, ?> read = TestApps.as(APP, admin, "/api/csp-reports").get(Map.class);
        assertThat(((Number) read.get("total")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(read.get("reports").toString()).contains("violated-directive");
        assertThat(status(TestApps.as(APP, analyst, "/api/csp-reports").get())).isEqualTo(403);
    }

    @Test
    void everyDashboardEndpointIsInTheRoleMatrixWithItsRule() {
        java.util.Set<Class<?>> classes = org.bellwether.api.openapi.OpenApiResource.resourceClasses(
                APP.getEnvironment().jersey().getResourceConfig());
        Map<String, String> rules = new java.util.TreeMap<>();
        org.bellwether.api.openapi.EndpointCatalog.of(classes).forEach(e -> rules.put(e.name(), rule(e.rule())));
        assertThat(rules).containsEntry("GET /", "public")
                .containsEntry("POST /api/csp-reports", "public")
                .containsEntry("GET /api/csp-reports", "[admin]")
                .containsEntry("GET /api/search/posts/export", "[analyst, officer, admin]")
                .containsEntry("GET /api/map", "[officer, analyst, admin]")
                .containsEntry("GET /api/map/city.geojson", "signed-in")
                .containsEntry("GET /api/dashboard/pulse", "[officer, analyst, admin]")
                .containsEntry("GET /api/narratives/{id}/timeline", "[officer, analyst, admin]");
    }

    private static String rule(java.lang.annotation.Annotation rule) {
        if (rule instanceof org.bellwether.api.common.Public) {
            return "public";
        }
        if (rule instanceof jakarta.annotation.security.PermitAll) {
            return "signed-in";
        }
        if (rule instanceof jakarta.annotation.security.RolesAllowed allowed) {
            return java.util.Arrays.toString(allowed.value());
        }
        return String.valueOf(rule);
    }

    /** The status of a response, which is read and closed (an unread response holds a pooled connection). */
    private static int status(Response response) {
        try (response) {
            response.readEntity(String.class);
            return response.getStatus();
        }
    }

    private static List<String> auditActions() {
        Jdbi jdbi = Jdbi.create(APP.getConfiguration().getDatabase().getUrl(), "postgres", "");
        return jdbi.withHandle(h -> h.createQuery("SELECT action FROM audit_log").mapTo(String.class).list());
    }
}
