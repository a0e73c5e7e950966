package org.bellwether.ops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
            desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                    "tr[data-narrative='" + narrativeId + "'] .state"), "acknowledged"));
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
            desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignment-table"), "offered"));
            assertThat(desk.driver.findElement(By.id("case-state")).getText()).isIn("acknowledged", "responding");

            if (toDemoMessenger) {
                try (Browser phone = new Browser(stack.baseUrl(), 390, 844)) {
                    phone.signIn("messenger");
                    phone.click(By.cssSelector("li.assignment[data-state='offered'] button.accept"));
                    phone.click(By.cssSelector("li.assignment[data-state='accepted'] button.respond"));
                    new Select(phone.waitFor(By.cssSelector(".response-form select"))).selectByValue("social");
                    phone.driver.findElement(By.cssSelector(".response-form textarea"))
                            .sendKeys("Posted the water board's test results in the neighbourhood group.");
                    phone.click(By.cssSelector(".response-form button.submit-response"));
                    phone.waitFor(By.cssSelector("li.assignment[data-state='responded']"));
                    phone.screenshot("32-full-stack-inbox-phone");
                }
                desk.open("narratives/" + narrativeId);
                desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignment-table"),
                        "responded"));
            }
            desk.signOut();
            desk.signIn("analyst");
            String word = label.split("[\\s,]+")[0];
            desk.waitFor(By.id("search-q")).sendKeys(word, Keys.ENTER);
            desk.wait.until(d -> !d.findElements(By.cssSelector("#post-hits li.post")).isEmpty());
            desk.screenshot("33-full-stack-search");
        }
    }
}
