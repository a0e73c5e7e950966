package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.bellwether.model.Json;
import org.bellwether.processor.flag.AlertRule;
import org.bellwether.processor.flag.FlaggingSettings;
import org.bellwether.processor.flag.TrustedSources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner's observation, end to end: a signed-in partner submits observations through the api, they enter the
 * stream as a trusted source (each counts as {@link TrustedSources#PARTNER_OBSERVATION_WEIGHT} posts), and the
 * narrative they form reaches the officers' triage queue once the shipped emerging-narrative rule's posts-per-day
 * minimum is met — and not before.
 */
class PartnerObservationFlowTest {
    private static final String MARKER = "quillfeather";
    private static DevStack stack;

    @BeforeAll
    static void start() {
        stack = DevStack.start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aPartnersObservationsReachTheTriageQueueOnceThePolicySaysTheyAreEnough() {
        AlertRule emerging = FlaggingSettings.defaultRules().stream()
                .filter(rule -> rule.name().equals("emerging-narrative")).findFirst().orElseThrow();
        int weight = TrustedSources.PARTNER_OBSERVATION_WEIGHT;
        int needed = (int) Math.ceil((double) emerging.minPostsLastDay() / weight);
        assertThat(needed).as("one observation alone never flags").isGreaterThan(1);

        for (int i = 1; i < needed; i++) {
            observe(i);
        }
        String narrativeId = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> stack.get("analyst", "/api/search/posts?q=" + MARKER).json().path("hits").path(0)
                        .path("narrativeId").asText(""), id -> !id.isEmpty());
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(narrative(narrativeId).path("metrics").path("volumeLastDay").asLong())
                        .isEqualTo((long) (needed - 1) * weight));
        assertThat(stack.get("officer", "/api/triage").json().path("hits").findValuesAsText("narrativeId"))
                .as("below the rule's minimum: no case yet").doesNotContain(narrativeId);

        observe(needed);
        JsonNode triageCase = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> caseOf(narrativeId), found -> !found.isMissingNode());
        assertThat(triageCase.path("severity").asText()).isEqualTo(emerging.severity().wireName());
        assertThat(triageCase.path("state").asText()).isEqualTo("new");
        // the alert and the narrative's snapshot travel on different topics: the index may see the snapshot later
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(narrative(narrativeId).path("metrics").path("volumeLastDay").asLong())
                        .isEqualTo((long) needed * weight));
        assertThat(stack.get("admin", "/api/audit?action=partner.observation").text())
                .contains("tip:partner:old-harbour-youth-centre");
        assertThat(stack.loggedErrors()).isEmpty();
    }

    private static void observe(int number) {
        DevStack.Response answer = stack.request("partner", "POST", "/api/partners/me/observations",
                "application/json", Json.writeString(Map.of(
                        "what", "Leaflets at the youth centre say the " + MARKER + " bridge on Mill Road is closing "
                                + "for good " + number,
                        "neighbourhood", "Old Harbour", "language", "en")));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(answer.json().path("source").asText()).isEqualTo("tip:partner:old-harbour-youth-centre");
    }

    private static JsonNode narrative(String id) {
        return stack.get("officer", "/api/narratives/" + DevStack.encode(id)).json().path("narrative");
    }

    private static JsonNode caseOf(String narrativeId) {
        for (JsonNode hit : stack.get("officer", "/api/triage").json().path("hits")) {
            if (hit.path("narrativeId").asText().equals(narrativeId)) {
                return hit;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
