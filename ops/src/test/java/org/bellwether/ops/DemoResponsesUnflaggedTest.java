package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's loop does not depend on which narratives the rules flag (that depends on the order the stack processes
 * the stream in): with no alert rule at all, the officer opens a case on the narrative each answered storyline's
 * hashtags lead, and the loop is the same as {@link DemoResponsesTest}'s.
 */
class DemoResponsesUnflaggedTest {

    @BeforeAll
    static void streamTheDemoWithoutRulesAndAnswerIt() {
        DemoResponsesTest.streamAndAnswer(DevStack.start(settings -> settings.withFlagging(
                settings.flagging().withRules(List.of()))));
    }

    @AfterAll
    static void stop() {
        DemoResponsesTest.stop();
    }

    @Test
    void everyAnsweredStorylineGetsACaseTheOfficerOpenedAndTheLoopIsComplete() {
        DemoResponsesTest.assertTheLoop();
        JsonNode cases = DemoResponsesTest.stack.get("officer", "/api/triage?state=responding&pageSize=50").json();
        assertThat(cases.path("hits")).as("cases opened by the officer, now responding")
                .hasSize(DemoResponses.ANSWERS.size());
        for (JsonNode triageCase : cases.path("hits")) {
            JsonNode detail = DemoResponsesTest.stack.get("officer", "/api/triage/" + triageCase.path("id").asText())
                    .json();
            assertThat(detail.path("history").get(0).path("actor").asText()).isEqualTo("officer");
            assertThat(detail.path("history").get(0).path("toState").asText()).isEqualTo("new");
        }
    }
}
