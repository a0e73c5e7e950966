package org.bellwether.ops.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.bellwether.model.Topics;
import org.bellwether.ops.DevStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A saved search that alerts, on the whole system and in the browser: the analyst saves a search with the default
 * alert rule (at least 20 matches within 60 minutes) on the search page; 25 matching posts and 25 others go to
 * {@code posts.raw} and through the processor, the monitor step and the api; the search's alert history on the
 * page then shows exactly one alert, of 20 matching posts, and still one once all 25 matches are counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedSearchAlertBrowserTest {
    static final Duration PIPELINE = Duration.ofSeconds(150);
    static final String NAME = "Generator <i>outage</i>";
    static final int MATCHING = 25;
    DevStack stack;

    @BeforeAll
    void start() {
        stack = DevStack.start();
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void matchingPostsRaiseOneAlertThatTheAnalystSeesInTheSavedSearchsHistory() throws Exception {
        try (Browser desk = new Browser(stack.baseUrl(), 1280, 900)) {
            desk.signIn("analyst");
            desk.open("search?q=" + DevStack.encode("lighthouse AND generator"));
            desk.waitFor(By.id("saved-name")).sendKeys(NAME);
            desk.click(By.id("saved-alert"));
            assertThat(desk.driver.findElement(By.id("saved-min")).getAttribute("value")).isEqualTo("20");
            assertThat(desk.driver.findElement(By.id("saved-window")).getAttribute("value")).isEqualTo("60");
            desk.click(By.id("saved-save"));
            WebElement saved = desk.waitFor(By.cssSelector("#saved-searches li.saved"));
            assertThat(saved.getText()).contains(NAME).contains("alerts at 20 in 60 min").contains("0 today");
            String id = saved.getAttribute("data-saved");
            await().atMost(PIPELINE).until(() -> stack.monitor().monitoredSearches() == 1);

            sendPosts();

            // the alert shows in the search's history on the page: exactly one, of the 20th match
            new WebDriverWait(desk.driver, PIPELINE).pollingEvery(Duration.ofSeconds(2))
                    .until(d -> !alertHistory(desk, id).endsWith("(0)"));
            assertThat(alertHistory(desk, id)).isEqualTo("Alerts of “" + NAME + "” (1)");
            List<WebElement> alerts = desk.driver.findElements(By.cssSelector("#alert-items li"));
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).getText()).contains("20 matching posts");
            desk.screenshot("11c-saved-search-alert");

            // once every match is counted, the page still shows that one alert and no other
            await().atMost(PIPELINE).until(() -> stack.get("analyst", "/api/saved-searches").json()
                    .findValue("matchesLast24h").asInt() == MATCHING);
            desk.open("search");
            WebElement listed = desk.waitFor(By.cssSelector("#saved-searches li[data-saved='" + id + "']"));
            assertThat(listed.getText()).contains(MATCHING + " today");
            assertThat(alertHistory(desk, id)).isEqualTo("Alerts of “" + NAME + "” (1)");
            assertThat(desk.driver.findElements(By.cssSelector("#alert-items li"))).hasSize(1);
            assertThat(desk.driver.findElements(By.cssSelector("#alert-history i"))).isEmpty();
            desk.assertAccessible("saved search with its alert");
            assertThat(stack.get("analyst", "/api/inbox").json().get("total").asInt()).isEqualTo(1);
        }
    }

    /** Opens the saved search's alert history afresh and returns its heading, e.g. "Alerts of “…” (1)". */
    private static String alertHistory(Browser desk, String id) {
        desk.script("document.getElementById('alert-history').replaceChildren()");
        desk.click(By.cssSelector("#saved-searches li[data-saved='" + id + "'] .saved-alerts"));
        return desk.waitFor(By.id("alert-history-title")).getText();
    }

    /** 25 posts the search matches and 25 it does not, all posted ten minutes ago, i.e. in one 60-minute window. */
    private void sendPosts() throws Exception {
        Instant now = Instant.now();
        Instant posted = now.minus(10, ChronoUnit.MINUTES);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < MATCHING; i++) {
                send(producer, RawPost.of("alert-test", "m" + i, null, "@keeper" + i,
                        "The lighthouse generator failed again on the north pier, report number " + i, "en",
                        posted, now));
                send(producer, RawPost.of("alert-test", "x" + i, null, "@walker" + i,
                        "Lovely weather along the harbour promenade this afternoon, walk number " + i, "en",
                        posted, now));
            }
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, RawPost post) throws Exception {
        producer.send(new ProducerRecord<>(Topics.POSTS_RAW.name(), post.key(), Json.write(post))).get();
    }
}
