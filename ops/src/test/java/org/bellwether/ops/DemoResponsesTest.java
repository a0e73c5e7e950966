package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.collectors.demo.DemoSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code dev}'s demo shows the whole loop: once the demo city is streamed, two storylines are answered by the demo
 * messenger at their own time in the stream (not at the time the test runs), so their narratives show posts and velocity
 * before and after the response and the messenger's inbox lists both.
 */
class DemoResponsesTest {
    static DevStack stack;
    static DemoFeed feed;
    static DemoResponses responses;

    @BeforeAll
    static void streamTheDemoAndAnswerIt() {
        streamAndAnswer(DevStack.start());
    }

    static void streamAndAnswer(DevStack started) {
        stack = started;
        feed = new DemoFeed(stack.bootstrapServers(), stack.contactCipher(), DemoSettings.defaults(42), 0);
        feed.start();
        responses = new DemoResponses(stack.baseUrl(), DevStack.PASSWORD, feed, Duration.ofMinutes(6));
        Thread thread = new Thread(responses, "demo-responses");
        thread.setDaemon(true);
        thread.start();
    }

    @AfterAll
    static void stop() {
        if (responses != null) {
            responses.close();
        }
        if (feed != null) {
            feed.stop();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void twoStorylinesShowAResponseAtTheirStreamTimeWithVelocityBeforeAndAfterAndTheMessengersInboxListsThem() {
        assertTheLoop();
    }

    static void assertTheLoop() {
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(responses.answered())
                        .as("storylines answered; last problem: %s", responses.problem())
                        .isEqualTo(DemoResponses.ANSWERS.size()));
        Instant start = DemoSettings.defaults(42).start().plus(feed.shift());

        List<JsonNode> inbox = new ArrayList<>();
        stack.get("messenger", "/api/assignments?pageSize=100").json().forEach(inbox::add);
        assertThat(inbox).as("the messenger's history").hasSize(DemoResponses.ANSWERS.size())
                .allSatisfy(a -> assertThat(a.path("state").asText()).isEqualTo("responded"));

        for (DemoResponses.Answer answer : DemoResponses.ANSWERS) {
            Instant at = start.plusSeconds((long) (answer.atHour() * 3600));
            JsonNode assignment = inbox.stream()
                    .filter(a -> Instant.parse(a.path("response").path("respondedAt").asText()).equals(at))
                    .findFirst().orElseThrow(() -> new AssertionError("no response at " + at + " for "
                            + answer.storyline() + " in " + inbox));
            DevStack.Response detail = stack.get("officer", "/api/narratives/"
                    + DevStack.encode(assignment.path("narrativeId").asText()));
            assertThat(detail.status()).as(detail.text()).isEqualTo(200);
            assertThat(DemoResponses.leading(detail.json(), answer))
                    .as("%s answered on a narrative its hashtags lead: %s", answer.storyline(),
                            detail.json().path("narrative").path("hashtags"))
                    .isLessThan(DemoResponses.LEADING_HASHTAGS);
            JsonNode impact = detail.json().path("impact");
            assertThat(Instant.parse(impact.path("firstResponseAt").asText())).isEqualTo(at);
            assertThat(impact.path("windowHours").asLong()).isPositive();
            assertThat(impact.path("postsBefore").asLong()).as("%s before its response", answer.storyline())
                    .isPositive();
            assertThat(impact.path("postsAfter").asLong()).as("%s after its response", answer.storyline())
                    .isPositive();
            assertThat(impact.path("velocityBefore").asDouble()).isEqualTo(
                    impact.path("postsBefore").asDouble() / impact.path("windowHours").asLong());
        }
        assertThat(stack.loggedErrors()).isEmpty();
    }
}
