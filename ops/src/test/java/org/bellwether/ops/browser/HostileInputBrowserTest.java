package org.bellwether.ops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bellwether.model.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Posts, tips, a narrative's label, terms, entities, links and places, an alert's reason, a messenger's name, an
 * officer's note and a search query all carry the {@link XssCorpus}. On every page that shows them, nothing runs
 * ({@code window.__pwned} stays undefined, no element with an event handler, no {@code javascript:} link, no
 * element the payloads would create), nothing is loaded from a payload, the payload text is shown as text, and the
 * browsers report no Content-Security-Policy violation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputBrowserTest {
    @RegisterExtension
    static final BeforeAllCallback STACK = context -> stack = DashboardStack.get(context);
    static DashboardStack stack;
    Browser browser;
    final List<String> requests = new ArrayList<>();

    @BeforeAll
    void open() {
        browser = new Browser(stack.baseUrl(), 1280, 900);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void hostileTextIsShownAsTextAndNeverRuns() {
        long reportsBefore = stack.cspReports();
        String messengerId = (String) Json.read(stack.call("admin", "POST", "/api/messengers", Json.writeString(Map.of(
                "displayName", "<img src=x onerror=\"window.__pwned='messenger'\">Eve",
                "pseudonym", "eve-hostile", "capacity", 3, "consent", true, "preferredLanguage", "en",
                "profile", Map.of("languages", List.of(Map.of("lang", "en", "proficiency", "native")),
                        "neighbourhoods", List.of("Eastgate"), "communities", List.of("<b>youth</b>"),
                        "topics", List.of("threat"), "channels", List.of("social"))))), Map.class).get("id");
        assertThat(messengerId).isNotBlank();

        browser.signIn("officer");
        browser.waitFor(By.cssSelector("tr[data-narrative='" + DemoFixture.HOSTILE + "']"));
        assertSafe("triage queue");
        assertThat(browser.driver.findElement(By.cssSelector("tr[data-narrative='" + DemoFixture.HOSTILE + "'] a"))
                .getText()).isEqualTo("hostile <img src=x onerror=\"window.__pwned='label'\"> label");

        browser.open("narratives/" + DemoFixture.HOSTILE);
        browser.waitFor(By.cssSelector("#suggestion-list li.suggestion"));
        assertThat(browser.driver.findElement(By.id("narrative-title")).getText()).contains("<img src=x onerror=");
        assertThat(browser.driver.findElement(By.id("representative-posts")).getText()).contains("<script>")
                .contains("<svg onload=");
        assertThat(browser.driver.findElement(By.id("alert-reasons")).getText()).contains("<img src=x onerror=");
        assertThat(browser.driver.findElement(By.cssSelector("#harm .harm-reasons")).getText()).contains("cue '").contains("<");
        assertThat(browser.driver.findElement(By.id("suggestion-list")).getText()).contains("<img src=x onerror=");
        browser.click(By.cssSelector("#suggestion-list button.assign[data-messenger='" + messengerId + "']"));
        browser.waitFor(By.id("assign-note")).sendKeys(XssCorpus.PAYLOADS.get(1));
        browser.click(By.id("assign-confirm"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignment-table"), "eve-hostile"));
        browser.driver.findElement(By.cssSelector("#triage-card details summary")).click();
        browser.waitFor(By.id("note-body")).sendKeys(XssCorpus.PAYLOADS.get(2));
        browser.driver.findElement(By.cssSelector(".note-form button")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-notes"), "<svg onload="));
        assertSafe("narrative page");
        browser.screenshot("20-hostile-narrative");

        browser.open("search");
        browser.waitFor(By.id("search-q")).sendKeys("hostile", Keys.ENTER);
        browser.wait.until(d -> d.findElements(By.cssSelector("#post-hits li.post")).size() >= 10);
        assertThat(browser.driver.findElement(By.id("post-hits")).findElements(By.cssSelector(".reasons")))
                .anySatisfy(why -> assertThat(why.getText()).startsWith("Why: ").contains("cue '").contains("<"));
        assertSafe("search results");
        browser.screenshot("21-hostile-search");
        browser.open("search?q=kind%3Atip");
        browser.wait.until(d -> d.findElements(By.cssSelector("#post-hits li.tip")).size() >= 4);
        assertThat(browser.driver.findElement(By.id("post-hits")).getText()).contains("<script>");
        assertSafe("tip results");
        browser.open("search?q=" + java.net.URLEncoder.encode("\"<img src=x onerror=alert(1)>\"",
                java.nio.charset.StandardCharsets.UTF_8));
        browser.waitFor(By.id("search-q"));
        browser.wait.until(d -> !d.findElements(By.id("post-hits")).isEmpty()
                || !d.findElement(By.id("search-error")).getText().isBlank());
        assertSafe("search for a payload");

        browser.open("map");
        browser.waitFor(By.cssSelector(".citymap path[data-name='Eastgate']")).click();
        browser.waitFor(By.cssSelector("#area-narratives a"));
        assertSafe("map panel");

        browser.signOut();
        browser.signIn("admin");
        browser.open("admin/audit");
        browser.waitFor(By.cssSelector("#audit-table tbody tr"));
        assertSafe("audit log");
        browser.open("admin/messengers");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messengers-table"), "eve-hostile"));
        assertSafe("messenger registry");
        browser.open("admin/users");
        browser.waitFor(By.cssSelector("#users-table table"));
        requests.addAll(browser.requests());
        browser.signOut();

        // the messenger sees the hostile note in their inbox; Amina is not Eve, so Eve's assignment is checked by API
        String assignments = stack.call("officer", "GET", "/api/assignments?narrativeId=" + DemoFixture.HOSTILE, null);
        assertThat(assignments).contains("eve-hostile");
        String aminaId = ((List<?>) Json.read(stack.call("officer", "GET", "/api/messengers", null), List.class))
                .stream().map(m -> (Map<?, ?>) m).filter(m -> "amina-h".equals(m.get("pseudonym")))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();
        stack.call("officer", "POST", "/api/assignments", Json.writeString(Map.of("narrativeId", DemoFixture.HOSTILE,
                "messengerId", aminaId, "note", XssCorpus.PAYLOADS.get(0) + XssCorpus.PAYLOADS.get(4))));
        try (Browser phone = new Browser(stack.baseUrl(), 390, 844)) {
            phone.signIn("messenger");
            phone.waitFor(By.cssSelector("li.assignment[data-state='offered'] a.open-details"));
            assertThat(phone.driver.findElement(By.id("assignment-list")).getText()).contains("<script>");
            assertSafe(phone, "messenger inbox");
            phone.driver.findElements(By.cssSelector("li.assignment[data-state='offered']")).stream()
                    .filter(li -> li.getText().contains("hostile")).findFirst().orElseThrow()
                    .findElement(By.cssSelector("a.open-details")).click();
            phone.waitFor(By.cssSelector(".briefing-pack .posts"));
            assertThat(phone.driver.findElement(By.id("assignment-detail")).getText()).contains("<script>");
            assertSafe(phone, "messenger briefing");
            phone.screenshot("22-hostile-inbox-phone");
            requests.addAll(phone.requests());
        }

        requests.addAll(browser.requests());
        assertThat(requests).noneMatch(url -> url.contains("pwned"));
        assertThat(requests.stream().filter(url -> url.matches("(?i)^(https?|wss?):.*")))
                .allSatisfy(url -> assertThat(url).startsWith(stack.baseUrl() + "/"));
        assertThat(stack.cspReports()).as(stack.cspReportBodies()).isEqualTo(reportsBefore);
    }

    /** The control: a page that does try an HTML sink or an inline style is stopped, and the report arrives. */
    @Test
    @Order(2)
    void theBrowserEnforcesThePolicyAndReportsViolations() {
        long reportsBefore = stack.cspReports();
        browser.signIn("analyst");
        browser.waitFor(By.id("search-q"));
        Object thrown = browser.script("""
                try { document.getElementById('main').innerHTML = '<b id="sink">x</b>'; return 'no error'; }
                catch (e) { return e.name; }
                """);
        assertThat(thrown).as("Trusted Types refuse a string in innerHTML").isEqualTo("TypeError");
        assertThat(browser.driver.findElements(By.id("sink"))).isEmpty();
        browser.script("document.getElementById('main').setAttribute('style', 'color: red')");
        assertThat(browser.script("return getComputedStyle(document.getElementById('main')).color"))
                .isNotEqualTo("rgb(255, 0, 0)");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(15))
                .until(d -> stack.cspReports() >= reportsBefore + 2);
        assertThat(stack.cspReportBodies()).contains("require-trusted-types-for").contains("style-src");
    }

    private void assertSafe(String page) {
        assertSafe(browser, page);
    }

    private static void assertSafe(Browser browser, String page) {
        Object found = browser.script("""
                const handlers = [...document.querySelectorAll('*')].filter(e => [...e.attributes]
                    .some(a => a.name.toLowerCase().startsWith('on')));
                return {
                  pwned: window.__pwned === undefined ? null : String(window.__pwned),
                  handlers: handlers.length,
                  scripts: document.querySelectorAll('script:not([src="js/app.js"])').length,
                  created: document.querySelectorAll('iframe, object, embed, style, link:not([rel=icon]):not([rel=stylesheet]),'
                      + ' meta[http-equiv], base, form[action^="javascript"], main img, math, input[autofocus]').length,
                  jsLinks: [...document.querySelectorAll('a[href]')].filter(a => !/^(https?:|#|\\/|blob:)/i
                      .test(a.getAttribute('href'))).length,
                  // the base map (Leaflet) positions its own tiles and panes through the CSSOM, which the policy
                  // allows; any other inline style would have come from content
                  styled: [...document.querySelectorAll('[style]')].filter(e => !e.closest('.leaflet-container'))
                      .length
                };
                """);
        Map<?, ?> result = (Map<?, ?>) found;
        assertThat(result.get("pwned")).as("a payload ran on " + page).isNull();
        assertThat(((Number) result.get("handlers")).intValue()).as("event-handler attributes on " + page).isZero();
        assertThat(((Number) result.get("scripts")).intValue()).as("script elements on " + page).isZero();
        assertThat(((Number) result.get("created")).intValue()).as("elements a payload would create on " + page)
                .isZero();
        assertThat(((Number) result.get("jsLinks")).intValue()).as("links that are not http(s) on " + page).isZero();
        assertThat(((Number) result.get("styled")).intValue()).as("inline style attributes on " + page).isZero();
    }
}
