package org.bellwether.ops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.model.Json;
import org.bellwether.model.Tip;
import org.bellwether.model.Topics;
import org.bellwether.ops.DemoFeed;
import org.bellwether.ops.DevStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "done when", on the whole system: the demo scenario streams through the embedded Kafka broker and the
 * processor into the api (as {@code bellwether dev} runs it); in the browser the officer sees flagged demo
 * narratives arrive in the triage queue without reloading, acknowledges one, opens it and assigns the demo
 * messenger; the messenger accepts and answers it on a phone-sized screen; the analyst finds it in search.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FullStackBrowserTest {
    static final Duration PIPELINE = Duration.ofSeconds(150);
    DevStack stack;
    DemoFeed demo;

    @BeforeAll
    void start() {
        stack = DevStack.start();
        demo = new DemoFeed(stack.bootstrapServers(), stack.contactCipher(), 42, 4000);
        demo.start();
    }

    @AfterAll
    void stop() {
        if (demo != null) {
            demo.stop();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aFlaggedDemoNarrativeIsTriagedAssignedAndAnsweredEndToEnd() {
        String label;
        try (Browser desk = new Browser(stack.baseUrl(), 1280, 900)) {
            desk.signIn("officer");
            // the queue fills as the processor flags the demo narratives: the page updates itself
            new WebDriverWait(desk.driver, PIPELINE).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#queue-body tr[data-narrative] .act-respond")));
            desk.screenshot("30-full-stack-triage");
            WebElement row = desk.driver.findElement(By.cssSelector("#queue-body tr[data-narrative]"));
            String narrativeId = row.getAttribute("data-narrative");
            row.click();
            desk.driver.switchTo().activeElement().sendKeys("a");
            desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "tr[data-narrative='" + narrativeId + "'] .state[data-state='acknowledged']")));
            desk.click(By.cssSelector("tr[data-narrative='" + narrativeId + "'] .act-respond"));
            label = desk.waitFor(By.id("narrative-title")).getText();
            List<WebElement> suggestions = desk.wait.until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("#suggestion-list li.suggestion"));
                return found.isEmpty() ? null : found;
            });
            WebElement chosen = suggestions.stream().filter(li -> li.getText().contains("Amina Haddad")).findFirst()
                    .orElse(suggestions.get(0));
            boolean toDemoMessenger = chosen.getText().contains("Amina Haddad");
            desk.screenshot("31-full-stack-narrative");
            chosen.findElement(By.cssSelector("button.assign")).click();
            desk.waitFor(By.id("assign-note")).sendKeys("Please answer this one today.");
            desk.click(By.id("assign-confirm"));
            desk.waitFor(By.cssSelector("#assignment-table tr[data-state='offered']"));
            assertThat(desk.driver.findElement(By.id("case-state")).getAttribute("data-state"))
                    .isIn("acknowledged", "responding");
            // the original of a representative post opens only through the audited action, with a reason
            desk.click(By.cssSelector("#representative-posts li.post button.open-original"));
            desk.waitFor(By.id("dismiss-reason")).sendKeys("Check the thread the post answers");
            desk.click(By.id("reason-confirm"));
            WebElement original = desk.waitFor(By.cssSelector("#representative-posts .post-action-result a.outside"));
            assertThat(original.getAttribute("href")).startsWith("http");
            assertThat(original.getAttribute("rel")).contains("noreferrer");

            if (toDemoMessenger) {
                try (Browser phone = new Browser(stack.baseUrl(), 390, 844)) {
                    phone.signIn("messenger");
                    phone.click(By.cssSelector("li.assignment[data-state='offered'] button.accept"));
                    phone.click(By.cssSelector("li.assignment[data-state='accepted'] a.open-details"));
                    phone.click(By.cssSelector(".assignment[data-state='accepted'] button.respond"));
                    new Select(phone.waitFor(By.cssSelector(".response-form select"))).selectByValue("social");
                    phone.driver.findElement(By.cssSelector(".response-form textarea"))
                            .sendKeys("Posted the water board's test results in the neighbourhood group.");
                    phone.click(By.cssSelector(".response-form button.submit-response"));
                    phone.waitFor(By.cssSelector(".assignment[data-state='responded']"));
                    phone.screenshot("32-full-stack-inbox-phone");
                }
                desk.open("narratives/" + narrativeId);
                desk.waitFor(By.cssSelector("#assignment-table tr[data-state='responded']"));
            }
            desk.signOut();
            desk.signIn("analyst");
            String word = label.split("[\\s,]+")[0];
            desk.waitFor(By.id("search-q")).sendKeys(word, Keys.ENTER);
            desk.wait.until(d -> !d.findElements(By.cssSelector("#post-hits li.post")).isEmpty());
            desk.screenshot("33-full-stack-search");
        }
    }

    /**
     * A resident reports in each of the four languages: the public form is shown in that language and direction,
     * passes the accessibility check, answers with a reference number in the same language, and each tip reaches
     * {@code tips.raw} with consent and its contact sealed.
     */
    @Test
    void theTipFormWorksInABrowserInFourLanguages() {
        Map<String, String> thanks = Map.of("en", "Thank you", "es", "Gracias", "fr", "Merci", "ar", "شكرًا لك");
        Map<String, String> references = new LinkedHashMap<>();
        try (Browser resident = new Browser(stack.baseUrl(), 390, 844)) {
            for (String lang : List.of("en", "es", "fr", "ar")) {
                resident.driver.get(stack.baseUrl() + "/tips?lang=" + lang);
                WebElement text = resident.waitFor(By.id("text"));
                assertThat(resident.script("return document.documentElement.lang")).isEqualTo(lang);
                assertThat(resident.script("return document.documentElement.dir")).isEqualTo(lang.equals("ar")
                        ? "rtl" : "ltr");
                assertThat(resident.script("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                        .as("no horizontal scrolling on a phone (" + lang + ")").isEqualTo(true);
                resident.assertAccessible("tip form (" + lang + ")");
                resident.screenshot("40-tip-form-" + lang);
                text.sendKeys("Browser tip " + lang + ": leaflets about the shelter at the ferry quay");
                new Select(resident.driver.findElement(By.id("neighbourhood"))).selectByIndex(1);
                resident.driver.findElement(By.id("contact")).sendKeys("resident-" + lang + "@example.org");
                resident.driver.findElement(By.id("consent")).click();
                resident.driver.findElement(By.cssSelector("form button[type=submit]")).click();
                String reference = resident.waitFor(By.id("reference")).getText();
                assertThat(resident.driver.findElement(By.tagName("h1")).getText()).isEqualTo(thanks.get(lang));
                assertThat(reference).matches("BW-[0-9A-Z]{4}-[0-9A-Z]{4}");
                references.put(reference, lang);
            }
        }
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            Map<String, Tip> sent = new LinkedHashMap<>();
            CommittedRecords.of(stack.bootstrapServers(), Topics.TIPS_RAW.name()).forEach(record -> {
                Tip tip = Json.read(record.value(), Tip.class);
                if (references.containsKey(tip.tipId())) {
                    sent.put(tip.tipId(), tip);
                }
            });
            assertThat(sent.keySet()).containsExactlyInAnyOrderElementsOf(references.keySet());
            sent.forEach((reference, tip) -> {
                String lang = references.get(reference);
                assertThat(tip.consent()).isTrue();
                assertThat(tip.text()).startsWith("Browser tip " + lang);
                assertThat(tip.contactSealed()).startsWith("gcm1:").doesNotContain("resident");
                assertThat(stack.contactCipher().open(tip.contactSealed(), "tip-contact"))
                        .isEqualTo("resident-" + lang + "@example.org");
            });
        });
    }
}
