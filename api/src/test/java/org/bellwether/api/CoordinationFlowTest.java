package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.admin.TextExpiry;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.Narratives;
import org.bellwether.api.support.TestApps;
import org.bellwether.model.HarmCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The officer-to-messenger flow over HTTP: suggestions, assignment, briefing in the messenger's language, the
 * response and the before/after observation; privacy of contact details; escalation; retention.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CoordinationFlowTest {
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final List<Instant> EXPIRED = new ArrayList<>();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH,
            (TextExpiry) cutoff -> {
                EXPIRED.add(cutoff);
                return 7;
            },
            ConfigOverride.config("triage.escalationCheck", "200ms"),
            ConfigOverride.config("retention.enabled", "true"),
            ConfigOverride.config("retention.rawText", "30d"));
    static Alerts alerts;
    static String officer;
    static String messenger;
    static String admin;

    @BeforeAll
    static void setUp() {
        alerts = new Alerts(APP.getConfiguration().getDatabase().getUrl());
        officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
        admin = TestApps.login(APP, "admin", TestApps.DEV_PASSWORD);
        SEARCH.put(Narratives.of("flow-1", "Mosque closure rumour", 0.9, true, Map.of("ar", 20L, "fr", 10L),
                Map.of("Saint-Roch", 25L, "Eastgate", 5L),
                Map.of(HarmCategory.HATE_RELIGION, 0.6, HarmCategory.HATE_MIGRANTS, 0.4)));
    }

    static long etag(Response response) {
        return Long.parseLong(response.getHeaderString("ETag").replace("\"", ""));
    }

    @Test
    void fromFlagToResponseWithBriefingInTheMessengersLanguage() {
        UUID caseId = alerts.flag("flow-1");
        long version;
        try (Response read = TestApps.as(APP, officer, "/api/triage/" + caseId).get()) {
            version = etag(read);
        }
        try (Response ack = TestApps.as(APP, officer, "/api/triage/" + caseId + "/transitions")
                .header("If-Match", "\"" + version + "\"").post(Entity.json(Map.of("to", "acknowledged")))) {
            assertThat(ack.getStatus()).isEqualTo(200);
        }

        JsonNode suggestions = TestApps.as(APP, officer, "/api/narratives/flow-1/suggestions").get(JsonNode.class);
        JsonNode best = suggestions.get("suggestions").get(0);
        assertThat(best.get("pseudonym").asText()).isEqualTo("amina-h");
        assertThat(best.get("factors")).hasSize(8);
        List<String> excluded = new ArrayList<>();
        suggestions.get("excluded").forEach(e -> excluded.add(e.get("pseudonym").asText()));
        assertThat(excluded).contains("lucia-m", "tom-b"); // no consent; absent

        JsonNode offered = TestApps.as(APP, officer, "/api/assignments").post(Entity.json(Map.of(
                "narrativeId", "flow-1", "messengerId", best.get("messengerId").asText())), JsonNode.class);
        String id = offered.get("id").asText();
        JsonNode caseNow = TestApps.as(APP, officer, "/api/triage/" + caseId).get(JsonNode.class);
        assertThat(caseNow.get("triageCase").get("state").asText()).isEqualTo("responding");

        JsonNode briefing = TestApps.as(APP, messenger, "/api/assignments/" + id + "/briefing").get(JsonNode.class);
        assertThat(briefing.get("language").asText()).isEqualTo("ar");
        assertThat(briefing.get("rightToLeft").asBoolean()).isTrue();
        assertThat(briefing.get("talkingPoints").get(0).get("language").asText()).isEqualTo("ar");
        assertThat(briefing.get("safetyNote").asText()).isNotBlank();
        try (Response page = TestApps.as(APP, messenger, "/api/assignments/" + id + "/briefing.html").get()) {
            String html = page.readEntity(String.class);
            assertThat(page.getHeaderString("Content-Security-Policy")).contains("default-src 'none'");
            assertThat(html).contains("dir=\"rtl\"").doesNotContain("<script>")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        }

        long v = offered.get("version").asLong();
        for (String step : List.of("accept", "start")) {
            try (Response r = TestApps.as(APP, messenger, "/api/assignments/" + id + "/" + step)
                    .header("If-Match", "\"" + v++ + "\"").post(null)) {
                assertThat(r.getStatus()).isEqualTo(200);
            }
        }
        Instant respondedAt = Narratives.T0.plus(Duration.ofHours(1));
        try (Response r = TestApps.as(APP, messenger, "/api/assignments/" + id + "/respond")
                .header("If-Match", "\"" + v + "\"").post(Entity.json(Map.of("channel", "radio",
                        "description", "Spoke on Radio Lucena", "respondedAt", respondedAt.toString(),
                        "estimatedReach", 3000)))) {
            assertThat(r.getStatus()).isEqualTo(200);
        }
        JsonNode narrative = TestApps.as(APP, officer, "/api/narratives/flow-1").get(JsonNode.class);
        assertThat(narrative.get("triage").get("state").asText()).isEqualTo("responding");
        JsonNode impact = narrative.get("impact");
        assertThat(impact.get("windowHours").asInt()).isEqualTo(2);
        assertThat(impact.get("postsBefore").asInt()).isEqualTo(4);
        assertThat(impact.get("postsAfter").asInt()).isEqualTo(10);
        assertThat(impact.get("label").asText()).contains("not proof");

        JsonNode audit = TestApps.as(APP, admin, "/api/audit?targetId=" + id).get(JsonNode.class);
        List<String> actions = new ArrayList<>();
        audit.get("hits").forEach(h -> actions.add(h.get("action").asText()));
        assertThat(actions).contains("assignment.offer", "briefing.view", "assignment.transition");
    }

    @Test
    void contactDetailsAreSealedAtRestAndOpenedOnlyForStaffWithAnAuditEntry() {
        JsonNode me = TestApps.as(APP, messenger, "/api/messengers/me").get(JsonNode.class);
        String id = me.get("id").asText();
        assertThat(me.has("email")).isFalse();
        String stored = alerts.jdbi().withHandle(h -> h.createQuery(
                "SELECT email_sealed FROM messengers WHERE id = CAST(:id AS uuid)").bind("id", id)
                .mapTo(String.class).one());
        assertThat(stored).startsWith("gcm1:test1:").doesNotContain("@");
        JsonNode contact = TestApps.as(APP, officer, "/api/messengers/" + id + "/contact").get(JsonNode.class);
        assertThat(contact.get("email").asText()).isEqualTo("amina.h@messengers.invalid");
        try (Response denied = TestApps.as(APP, messenger, "/api/messengers/" + id + "/contact").get()) {
            assertThat(denied.getStatus()).isEqualTo(403);
        }
        JsonNode audit = TestApps.as(APP, admin, "/api/audit?action=messenger.contact.view").get(JsonNode.class);
        assertThat(audit.get("hits").get(0).get("actor").asText()).isEqualTo("officer");
        JsonNode resealed = TestApps.as(APP, admin, "/api/admin/contact-keys/reseal").post(null, JsonNode.class);
        assertThat(resealed.get("resealed").asInt()).as("all sealed under the active key already").isZero();
    }

    @Test
    void overdueCasesAreEscalatedOnce() {
        SEARCH.put(Narratives.simple("late-1", "Late narrative", 0.4, true));
        UUID caseId = alerts.flag("late-1");
        alerts.jdbi().useHandle(h -> h.execute(
                "UPDATE triage_cases SET target_at = now() - interval '1 minute' WHERE id = ?", caseId));
        await().atMost(Duration.ofSeconds(20)).until(() -> alerts.jdbi().withHandle(h -> h.createQuery(
                "SELECT escalated_at IS NOT NULL FROM triage_cases WHERE id = :id").bind("id", caseId)
                .mapTo(Boolean.class).one()));
        JsonNode view = TestApps.as(APP, officer, "/api/triage/" + caseId).get(JsonNode.class);
        assertThat(view.get("triageCase").get("overdue").asBoolean()).isTrue();
        JsonNode overdue = TestApps.as(APP, officer, "/api/triage?overdue=true").get(JsonNode.class);
        assertThat(overdue.get("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode audit = TestApps.as(APP, admin, "/api/audit?action=triage.escalate&targetId=" + caseId)
                .get(JsonNode.class);
        assertThat(audit.get("hits")).hasSize(1);
    }

    @Test
    void retentionExpiresRawTextOlderThanThePolicy() {
        JsonNode before = TestApps.as(APP, admin, "/api/admin/retention").get(JsonNode.class);
        assertThat(before.get("rawTextHours").asLong()).isEqualTo(30 * 24);
        JsonNode removed = TestApps.as(APP, admin, "/api/admin/retention/run").post(null, JsonNode.class);
        assertThat(removed.get("postTexts").asLong()).isEqualTo(7);
        JsonNode after = TestApps.as(APP, admin, "/api/admin/retention").get(JsonNode.class);
        assertThat(after.get("lastRunAt").isNull()).isFalse();
        assertThat(after.get("lastRemoved").get("postTexts").asLong()).isEqualTo(7);
        assertThat(Duration.between(Instant.parse(after.get("cutoff").asText()), Instant.now()).toDays()).isEqualTo(30);
        Instant cutoff = EXPIRED.get(EXPIRED.size() - 1);
        assertThat(Duration.between(cutoff, Instant.now()).toDays()).isEqualTo(30);
    }
}
