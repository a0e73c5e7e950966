package org.bellwether.api.messengers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the hostile review sent and was accepted is refused with a 400 naming the field: a 200 KB messenger channel,
 * absences and searches whose end comes before their start; endorsements need words and come once a day per officer
 * and messenger.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RequestValidationTest {
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(new FakeSearchService());
    static String admin;
    static String officer;
    static String messenger;

    @BeforeAll
    static void setUp() {
        admin = TestApps.login(APP, "admin", TestApps.DEV_PASSWORD);
        officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
    }

    private static Map<String, Object> messengerBody(String pseudonym, List<String> channels, String from,
                                                     String until) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", "Test messenger " + pseudonym);
        body.put("pseudonym", pseudonym);
        body.put("profile", Map.of("channels", channels));
        body.put("capacity", 2);
        body.put("consent", true);
        body.put("absentFrom", from);
        body.put("absentUntil", until);
        return body;
    }

    private static JsonNode problem(Response response, int status) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        return response.readEntity(JsonNode.class);
    }

    private static String created(String pseudonym) {
        try (Response response = TestApps.as(APP, admin, "/api/messengers")
                .post(Entity.json(messengerBody(pseudonym, List.of("radio"), null, null)))) {
            assertThat(response.getStatus()).isEqualTo(201);
            return response.readEntity(JsonNode.class).get("id").asText();
        }
    }

    @Test
    void aHugeChannelNameIsRefusedNamingTheField() {
        JsonNode body = problem(TestApps.as(APP, admin, "/api/messengers")
                .post(Entity.json(messengerBody("huge", List.of("x".repeat(200_000)), null, null))), 400);
        assertThat(body.toString()).contains("profile.channels").doesNotContain("java.");
    }

    @Test
    void aReversedAbsenceIsRefusedNamingTheField() {
        JsonNode created = problem(TestApps.as(APP, admin, "/api/messengers").post(Entity.json(messengerBody(
                "reversed", List.of("radio"), "2026-05-10T00:00:00Z", "2026-05-01T00:00:00Z"))), 400);
        assertThat(created.path("errors").path(0).path("field").asText()).isEqualTo("absentFrom");
        assertThat(created.path("detail").asText()).contains("absentFrom").contains("before absentUntil");

        JsonNode me = TestApps.as(APP, messenger, "/api/messengers/me").get(JsonNode.class);
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("available", true);
        update.put("absentFrom", "2026-05-10T00:00:00Z");
        update.put("absentUntil", "2026-05-10T00:00:00Z");
        update.put("capacity", 2);
        update.put("consent", true);
        JsonNode own = problem(TestApps.as(APP, messenger, "/api/messengers/me")
                .header("If-Match", "\"" + me.get("version").asText() + "\"").put(Entity.json(update)), 400);
        assertThat(own.path("errors").path(0).path("field").asText()).isEqualTo("absentFrom");
    }

    @Test
    void reversedSearchAndAuditPeriodsAreRefusedNamingTheField() {
        JsonNode search = problem(TestApps.as(APP, officer, "/api/search/posts?from=2026-03-02&to=2026-03-01").get(),
                400);
        assertThat(search.path("errors").path(0).path("field").asText()).isEqualTo("from");
        JsonNode audit = problem(TestApps.as(APP, admin, "/api/audit?from=2026-03-02&to=2026-03-01").get(), 400);
        assertThat(audit.path("errors").path(0).path("field").asText()).isEqualTo("from");
    }

    @Test
    void anEndorsementNeedsWordsAndComesOnceADayPerOfficerAndMessenger() {
        String id = created("endorsed");
        String path = "/api/messengers/" + id + "/endorsements";
        JsonNode blank = problem(TestApps.as(APP, officer, path).post(Entity.json(Map.of("note", "   "))), 400);
        assertThat(blank.path("errors").path(0).path("field").asText()).isEqualTo("note");
        problem(TestApps.as(APP, officer, path).post(Entity.json(Map.of())), 400);

        try (Response first = TestApps.as(APP, officer, path)
                .post(Entity.json(Map.of("note", "Ran the bridge rumour response well")))) {
            assertThat(first.getStatus()).isBetween(200, 204);
        }
        JsonNode again = problem(TestApps.as(APP, officer, path)
                .post(Entity.json(Map.of("note", "And again, to push them up the list"))), 409);
        assertThat(again.path("detail").asText()).contains("already endorsed this messenger today");
        try (Response other = TestApps.as(APP, admin, path).post(Entity.json(Map.of("note", "Seen them at work")))) {
            assertThat(other.getStatus()).as("another officer may").isBetween(200, 204);
        }
        JsonNode view = TestApps.as(APP, officer, "/api/messengers/" + id).get(JsonNode.class);
        assertThat(view.get("endorsements").asInt()).isEqualTo(2);
    }

    @Test
    void anOfficerEndorsesAtMostTwentyMessengersADay() {
        try (Response response = TestApps.as(APP, admin, "/api/users").post(Entity.json(Map.of("username", "eager",
                "displayName", "Eager Officer", "role", "officer", "password", "eager-officer-password")))) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
        String eager = TestApps.login(APP, "eager", "eager-officer-password");
        int refused = 0;
        for (int i = 0; i < MessengerService.MAX_ENDORSEMENTS_A_DAY + 1; i++) {
            try (Response response = TestApps.as(APP, eager, "/api/messengers/" + created("many-" + i)
                    + "/endorsements").post(Entity.json(Map.of("note", "Reliable in the east end")))) {
                if (response.getStatus() == 429) {
                    refused++;
                    assertThat(response.readEntity(JsonNode.class).path("detail").asText()).contains("a day");
                }
            }
        }
        assertThat(refused).isEqualTo(1);
    }
}
