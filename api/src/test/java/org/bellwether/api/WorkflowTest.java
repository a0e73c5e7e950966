package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bellwether.api.assignments.AssignmentState;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.Narratives;
import org.bellwether.api.support.TestApps;
import org.bellwether.api.triage.TriageState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every legal move of the triage and assignment workflows answers 200, every illegal one 409, over HTTP with
 * If-Match; a stale If-Match is a 409 too, a missing one 428.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WorkflowTest {
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH);
    static final AtomicInteger NARRATIVES = new AtomicInteger();
    static Alerts alerts;
    static String officer;
    static String messenger;
    static UUID messengerId;

    @BeforeAll
    static void setUp() {
        alerts = new Alerts(APP.getConfiguration().getDatabase().getUrl());
        officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
        JsonNode me = TestApps.as(APP, messenger, "/api/messengers/me").get(JsonNode.class);
        messengerId = UUID.fromString(me.get("id").asText());
        // room for every open assignment the matrix creates
        alerts.jdbi().useHandle(h -> h.execute("UPDATE messengers SET capacity = 50 WHERE id = ?", messengerId));
    }

    static String newNarrative() {
        String id = "wf-" + NARRATIVES.incrementAndGet();
        SEARCH.put(Narratives.simple(id, "Workflow narrative " + id, 0.5, true));
        return id;
    }

    static long version(String token, String path) {
        try (Response response = TestApps.as(APP, token, path).get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            return Long.parseLong(response.getHeaderString("ETag").replace("\"", ""));
        }
    }

    static int status(Response response) {
        try (response) {
            return response.getStatus();
        }
    }

    static Response transition(UUID caseId, long version, String to, String reason) {
        Map<String, String> body = reason == null ? Map.of("to", to) : Map.of("to", to, "reason", reason);
        return TestApps.as(APP, officer, "/api/triage/" + caseId + "/transitions")
                .header("If-Match", "\"" + version + "\"").post(Entity.json(body));
    }

    @TestFactory
    Stream<DynamicTest> everyTriageMove() {
        List<DynamicTest> tests = new ArrayList<>();
        for (TriageState from : TriageState.values()) {
            for (TriageState to : TriageState.values()) {
                tests.add(DynamicTest.dynamicTest(from.wireName() + " → " + to.wireName(), () -> {
                    UUID caseId = alerts.flag(newNarrative());
                    alerts.forceCase(caseId, from.wireName());
                    long version = version(officer, "/api/triage/" + caseId);
                    Response response = transition(caseId, version, to.wireName(), "not relevant to the city");
                    String body = response.readEntity(String.class);
                    assertThat(response.getStatus()).as(body).isEqualTo(from.canMoveTo(to) ? 200 : 409);
                    if (from.canMoveTo(to)) {
                        assertThat(response.getHeaderString("ETag")).isEqualTo("\"" + (version + 1) + "\"");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void dismissingNeedsAReasonAndChangesNeedTheCurrentVersion() {
        UUID caseId = alerts.flag(newNarrative());
        long version = version(officer, "/api/triage/" + caseId);
        assertThat(status(transition(caseId, version, "acknowledged", null))).isEqualTo(200);
        assertThat(status(transition(caseId, version, "monitoring", null))).as("stale").isEqualTo(409);
        assertThat(status(transition(caseId, version + 1, "dismissed", null))).isEqualTo(400);
        Response missing = TestApps.as(APP, officer, "/api/triage/" + caseId + "/transitions")
                .post(Entity.json(Map.of("to", "monitoring")));
        assertThat(status(missing)).isEqualTo(428);
        assertThat(status(transition(caseId, version + 1, "dismissed", "satire account"))).isEqualTo(200);
    }

    @Test
    void aClosedCaseReopensWhenFlaggedAgain() {
        String narrative = newNarrative();
        UUID caseId = alerts.flag(narrative);
        alerts.forceCase(caseId, "closed");
        alerts.flag(narrative);
        JsonNode detail = TestApps.as(APP, officer, "/api/triage/" + caseId).get(JsonNode.class);
        assertThat(detail.get("triageCase").get("state").asText()).isEqualTo("new");
        assertThat(detail.get("triageCase").get("flagCount").asInt()).isEqualTo(2);
    }

    static Response open(String token, Map<String, String> body) {
        return TestApps.as(APP, token, "/api/triage").post(Entity.json(body));
    }

    @Test
    void anOfficerOpensACaseOnANarrativeNoRuleFlaggedAndItsHistorySaysWhoAndWhy() {
        String narrative = newNarrative();
        Response opened = open(officer, Map.of("narrativeId", narrative, "severity", "high",
                "reason", "Three residents called the hotline about it"));
        String body = opened.readEntity(String.class);
        assertThat(opened.getStatus()).as(body).isEqualTo(201);
        JsonNode view = org.bellwether.model.Json.read(body, JsonNode.class);
        assertThat(view.get("narrativeId").asText()).isEqualTo(narrative);
        assertThat(view.get("state").asText()).isEqualTo("new");
        assertThat(view.get("severity").asText()).isEqualTo("high");
        assertThat(opened.getHeaderString("ETag")).isEqualTo("\"" + view.get("version").asLong() + "\"");

        JsonNode detail = TestApps.as(APP, officer, "/api/triage/" + view.get("id").asText()).get(JsonNode.class);
        JsonNode first = detail.get("history").get(0);
        assertThat(first.get("toState").asText()).isEqualTo("new");
        assertThat(first.get("actor").asText()).isEqualTo("officer");
        assertThat(first.get("reason").asText()).isEqualTo("Three residents called the hotline about it");
        long audited = alerts.jdbi().withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM audit_log WHERE action = 'triage.open' AND actor = 'officer' "
                                + "AND target_id = :id")
                .bind("id", view.get("id").asText()).mapTo(Long.class).one());
        assertThat(audited).isEqualTo(1);

        // the case moves, and the narrative is assigned, like a flagged one's
        assertThat(status(transition(UUID.fromString(view.get("id").asText()), view.get("version").asLong(),
                "acknowledged", null))).isEqualTo(200);
        Response offer = TestApps.as(APP, officer, "/api/assignments").post(Entity.json(Map.of(
                "narrativeId", narrative, "messengerId", messengerId.toString())));
        assertThat(status(offer)).isEqualTo(201);
    }

    @Test
    void openingACaseThatExistsRefreshesItAndKeepsTheReasonAsANote() {
        String narrative = newNarrative();
        UUID caseId = alerts.flag(narrative);
        Response again = open(officer, Map.of("narrativeId", narrative, "severity", "critical",
                "reason", "The school asked us to act"));
        String body = again.readEntity(String.class);
        assertThat(again.getStatus()).as(body).isEqualTo(200);
        JsonNode view = org.bellwether.model.Json.read(body, JsonNode.class);
        assertThat(view.get("id").asText()).isEqualTo(caseId.toString());
        assertThat(view.get("severity").asText()).isEqualTo("critical");
        JsonNode detail = TestApps.as(APP, officer, "/api/triage/" + caseId).get(JsonNode.class);
        assertThat(detail.get("notes").get(0).get("body").asText()).isEqualTo("The school asked us to act");

        alerts.forceCase(caseId, "closed");
        assertThat(status(open(officer, Map.of("narrativeId", narrative, "reason", "It is back in Riverside"))))
                .isEqualTo(200);
        JsonNode reopened = TestApps.as(APP, officer, "/api/triage/" + caseId).get(JsonNode.class);
        assertThat(reopened.get("triageCase").get("state").asText()).isEqualTo("new");
        JsonNode last = reopened.get("history").get(reopened.get("history").size() - 1);
        assertThat(last.get("actor").asText()).isEqualTo("officer");
        assertThat(last.get("reason").asText()).isEqualTo("It is back in Riverside");
    }

    @Test
    void openingACaseNeedsAKnownUnmergedNarrativeAReasonAndAKnownSeverity() {
        String narrative = newNarrative();
        Response unknown = open(officer, Map.of("narrativeId", "no-such-narrative", "reason", "a call"));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.readEntity(JsonNode.class).get("detail").asText()).contains("no-such-narrative");
        assertThat(status(open(officer, Map.of("narrativeId", narrative)))).as("no reason").isEqualTo(400);
        assertThat(status(open(officer, Map.of("narrativeId", narrative, "reason", " ")))).as("blank reason")
                .isEqualTo(400);
        Response badSeverity = open(officer, Map.of("narrativeId", narrative, "severity", "urgent",
                "reason", "a call"));
        assertThat(badSeverity.getStatus()).isEqualTo(400);
        assertThat(badSeverity.readEntity(String.class)).contains("severity");

        String merged = newNarrative();
        org.bellwether.model.Narrative simple = SEARCH.narrative(merged).orElseThrow();
        SEARCH.put(Narratives.mergedInto(simple, narrative));
        Response intoAnother = open(officer, Map.of("narrativeId", merged, "reason", "a call"));
        assertThat(intoAnother.getStatus()).isEqualTo(409);
        assertThat(intoAnother.readEntity(JsonNode.class).get("detail").asText()).contains(narrative);
    }

    @Test
    void bulkActionsMoveEachCaseOrSayWhyNot() {
        UUID first = alerts.flag(newNarrative());
        UUID second = alerts.flag(newNarrative());
        alerts.forceCase(second, "closed");
        JsonNode results = TestApps.as(APP, officer, "/api/triage/bulk").post(Entity.json(Map.of(
                "caseIds", List.of(first, second, UUID.randomUUID()), "to", "acknowledged")), JsonNode.class);
        assertThat(results.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(results.get(1).get("status").asInt()).isEqualTo(409);
        assertThat(results.get(2).get("status").asInt()).isEqualTo(404);
    }

    /** Offers an assignment on a fresh narrative whose case is acknowledged; returns its id. */
    static UUID offer() {
        String narrative = newNarrative();
        UUID caseId = alerts.flag(narrative);
        alerts.forceCase(caseId, "acknowledged");
        Response response = TestApps.as(APP, officer, "/api/assignments").post(Entity.json(Map.of(
                "narrativeId", narrative, "messengerId", messengerId.toString())));
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(201);
        return UUID.fromString(org.bellwether.model.Json.read(body, JsonNode.class).get("id").asText());
    }

    static Response moveAssignment(UUID id, long version, AssignmentState to) {
        String action = switch (to) {
            case ACCEPTED -> "accept";
            case DECLINED -> "decline";
            case IN_PROGRESS -> "start";
            case RESPONDED -> "respond";
            case WITHDRAWN -> "withdraw";
            case CLOSED -> "close";
            case OFFERED -> "reassign";
        };
        String token = to.messengerMove() ? messenger : officer;
        Object body = switch (to) {
            case DECLINED, WITHDRAWN -> Map.of("reason", "busy this week");
            case RESPONDED -> Map.of("channel", "radio", "description", "Spoke on the morning show",
                    "estimatedReach", 1200);
            case OFFERED -> Map.of("messengerId", messengerId.toString());
            default -> null;
        };
        return TestApps.as(APP, token, "/api/assignments/" + id + "/" + action)
                .header("If-Match", "\"" + version + "\"").post(body == null ? null : Entity.json(body));
    }

    @TestFactory
    Stream<DynamicTest> everyAssignmentMove() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AssignmentState from : AssignmentState.values()) {
            for (AssignmentState to : AssignmentState.values()) {
                if (to == AssignmentState.OFFERED) {
                    continue; // offering creates a new assignment; reassignment is tested below
                }
                tests.add(DynamicTest.dynamicTest(from.wireName() + " → " + to.wireName(), () -> {
                    UUID id = offer();
                    if (from != AssignmentState.OFFERED) {
                        alerts.forceAssignment(id, from.wireName());
                    }
                    long version = version(officer, "/api/assignments/" + id);
                    Response response = moveAssignment(id, version, to);
                    String body = response.readEntity(String.class);
                    assertThat(response.getStatus()).as(body).isEqualTo(from.canMoveTo(to) ? 200 : 409);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void onlyTheAssignedMessengerMovesTheirAssignmentAndOthersDoNotSeeIt() {
        UUID id = offer();
        long version = version(officer, "/api/assignments/" + id);
        Response asOfficer = TestApps.as(APP, officer, "/api/assignments/" + id + "/accept")
                .header("If-Match", "\"" + version + "\"").post(null);
        assertThat(status(asOfficer)).isEqualTo(403);
        String admin = TestApps.login(APP, "admin", TestApps.DEV_PASSWORD);
        TestApps.as(APP, admin, "/api/users").post(Entity.json(Map.of("username", "other-messenger",
                "displayName", "Other", "role", "messenger", "password", "a-long-password-1"))).close();
        String other = TestApps.login(APP, "other-messenger", "a-long-password-1");
        assertThat(status(TestApps.as(APP, other, "/api/assignments/" + id).get())).isEqualTo(404);
        assertThat(status(TestApps.as(APP, other, "/api/assignments/" + id + "/briefing").get())).isEqualTo(404);
        assertThat(TestApps.as(APP, other, "/api/assignments").get(JsonNode.class)).isEmpty();
        assertThat(TestApps.as(APP, messenger, "/api/assignments").get(JsonNode.class)).isNotEmpty();
    }

    @Test
    void reassignmentWithdrawsAndOffersAnew() {
        UUID id = offer();
        long version = version(officer, "/api/assignments/" + id);
        JsonNode other = TestApps.as(APP, officer, "/api/messengers").get(JsonNode.class);
        String carlos = null;
        for (JsonNode m : other) {
            if (m.get("pseudonym").asText().equals("carlos-r")) {
                carlos = m.get("id").asText();
            }
        }
        Response response = TestApps.as(APP, officer, "/api/assignments/" + id + "/reassign")
                .header("If-Match", "\"" + version + "\"")
                .post(Entity.json(Map.of("messengerId", carlos, "reason", "Spanish speaker")));
        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode fresh = response.readEntity(JsonNode.class);
        assertThat(fresh.get("state").asText()).isEqualTo("offered");
        JsonNode old = TestApps.as(APP, officer, "/api/assignments/" + id).get(JsonNode.class);
        assertThat(old.get("state").asText()).isEqualTo("withdrawn");
        assertThat(old.get("reassignedTo").asText()).isEqualTo(fresh.get("id").asText());
    }
}
