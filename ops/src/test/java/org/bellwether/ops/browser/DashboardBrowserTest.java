package org.bellwether.ops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bellwether.model.Alert;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeMetrics;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Severity;
import org.bellwether.model.VolumeBucket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser, as its users work: every role signs in, the officer triages by keyboard and
 * assigns a demo narrative, the messenger accepts and answers it on a phone-sized screen in their language, the
 * analyst searches, charts and exports, the map and the admin pages work; every page passes axe-core, makes no
 * request to another origin, and triggers no CSP report. Screenshots of each page go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback STACK = context -> stack = DashboardStack.get(context);
    static DashboardStack stack;
    Browser desk;
    final List<String> requests = new ArrayList<>();

    long reportsBefore;

    @BeforeAll
    void openBrowser() {
        reportsBefore = stack.cspReports();
        desk = new Browser(stack.baseUrl(), 1280, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (desk != null) {
            requests.addAll(desk.requests());
            desk.close();
        }
    }

    @Test
    @Order(1)
    void everyRoleSignsInAndSeesThePagesOfItsRole() {
        desk.driver.get(stack.baseUrl() + "/");
        desk.waitFor(By.id("login-form"));
        desk.assertAccessible("sign-in");
        desk.screenshot("01-sign-in");
        Map<String, List<String>> navigation = Map.of(
                "officer", List.of("Triage queue", "City map", "Search"),
                "analyst", List.of("Search", "City map", "Triage queue"),
                "messenger", List.of("مهامي"), // the demo messenger's language is Arabic
                "admin", List.of("Triage queue", "City map", "Search", "Admin"));
        Map<String, String> landing = Map.of("officer", "Triage queue", "analyst", "Search",
                "messenger", "", "admin", "Triage queue");
        for (String role : List.of("officer", "analyst", "messenger", "admin")) {
            desk.signIn(role);
            if (role.equals("messenger")) {
                desk.wait.until(ExpectedConditions.textToBe(By.id("inbox-title"), "مهامي"));
            }
            List<String> items = desk.driver.findElements(By.cssSelector("#nav a")).stream().map(WebElement::getText)
                    .toList();
            assertThat(items).as("navigation of " + role).isEqualTo(navigation.get(role));
            if (!landing.get(role).isEmpty()) {
                desk.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), landing.get(role)));
            }
            desk.signOut();
        }
        desk.signIn("messenger");
        desk.open("admin/users");
        // the demo messenger reads the dashboard in the language of their messenger profile, Arabic
        desk.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "ليست لدورك"));
        desk.open("admin/users?lang=en");
        desk.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Not for your role"));
        desk.signOut();
        desk.driver.findElement(By.id("username")).sendKeys("officer");
        desk.driver.findElement(By.id("password")).sendKeys("wrong password");
        desk.click(By.id("sign-in"));
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "Wrong"));
    }

    @Test
    @Order(2)
    void theOfficerTriagesByKeyboardAndInBulk() {
        desk.signIn("officer");
        desk.waitFor(By.cssSelector("tr[data-narrative='" + DemoFixture.WATER + "']"));
        desk.assertAccessible("triage queue");
        desk.screenshot("02-triage-queue");
        List<String> ranked = desk.driver.findElements(By.cssSelector("#queue-body tr[data-narrative]")).stream()
                .map(row -> row.getAttribute("data-narrative")).toList();
        assertThat(ranked).startsWith(DemoFixture.HOSTILE, DemoFixture.MAYOR, DemoFixture.WATER);
        assertThat(desk.driver.findElements(By.cssSelector("#queue-body svg.sparkline"))).hasSizeGreaterThan(3);

        // keyboard: move down to the conspiracy narrative, acknowledge it, then dismiss it with a reason
        WebElement first = desk.driver.findElement(By.cssSelector("#queue-body tr[data-narrative]"));
        first.click();
        WebElement row = first;
        while (!DemoFixture.CONSPIRACY.equals(row.getAttribute("data-narrative"))) {
            row.sendKeys("j");
            row = desk.driver.switchTo().activeElement();
        }
        row.sendKeys("a");
        desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "tr[data-narrative='" + DemoFixture.CONSPIRACY + "'] .state[data-state='acknowledged']")));
        desk.driver.switchTo().activeElement().sendKeys("d");
        desk.waitFor(By.id("dismiss-reason")).sendKeys("Old story, already answered by the council's fact sheet");
        desk.screenshot("03-triage-dismiss-dialog");
        desk.click(By.id("reason-confirm"));
        desk.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(
                "tr[data-narrative='" + DemoFixture.CONSPIRACY + "']")));

        // bulk: select the water and mayor narratives with x and acknowledge both
        for (String id : List.of(DemoFixture.WATER, DemoFixture.MAYOR)) {
            WebElement target = desk.driver.findElement(By.cssSelector("tr[data-narrative='" + id + "']"));
            target.click();
            desk.driver.switchTo().activeElement().sendKeys("x");
        }
        desk.wait.until(ExpectedConditions.textToBe(By.id("selected-count"), "2 selected"));
        desk.click(By.id("bulk-acknowledge"));
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("triage-message"), "2 of 2"));
        for (String id : List.of(DemoFixture.WATER, DemoFixture.MAYOR)) {
            desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "tr[data-narrative='" + id + "'] .state[data-state='acknowledged']")));
        }
        // filters: only critical cases
        new Select(desk.driver.findElement(By.id("filter-severity"))).selectByValue("critical");
        desk.wait.until(d -> d.findElements(By.cssSelector("#queue-body tr[data-narrative]")).stream()
                .allMatch(r -> r.findElement(By.cssSelector(".badge")).getText().equalsIgnoreCase("critical")));
        new Select(desk.driver.findElement(By.id("filter-severity"))).selectByValue("");
    }

    @Test
    @Order(3)
    void theOfficerRespondsAndAssignsAMessengerFromTheNarrativePage() {
        desk.open("triage");
        WebElement respond = desk.waitFor(By.cssSelector("tr[data-narrative='" + DemoFixture.SHELTER
                + "'] .act-respond"));
        respond.click();
        desk.wait.until(ExpectedConditions.textToBe(By.id("narrative-title"), "Claims about the new shelter in Saint-Roch"));
        desk.waitFor(By.cssSelector("#suggestion-list li.suggestion"));
        assertThat(desk.driver.findElement(By.id("case-state")).getAttribute("data-state")).isEqualTo("responding");
        assertThat(desk.driver.findElements(By.cssSelector("#volume-chart rect.bar"))).hasSizeGreaterThan(10);
        assertThat(desk.driver.findElements(By.cssSelector("#volume-chart .mark-alert"))).hasSize(1);
        assertThat(desk.driver.findElement(By.id("alert-reasons")).getText()).contains("four times its baseline");
        assertThat(desk.driver.findElement(By.cssSelector("#harm .scored-on")).getText())
                .isEqualTo("16 posts scored on it");
        assertThat(desk.driver.findElements(By.cssSelector("#harm .harm-reasons li"))).isNotEmpty()
                .allSatisfy(li -> assertThat(li.getText()).startsWith("cue '").contains("latest posts"));
        assertThat(desk.driver.findElements(By.cssSelector(".citymap path.area"))).hasSize(8);
        WebElement amina = desk.driver.findElements(By.cssSelector("#suggestion-list li.suggestion")).stream()
                .filter(li -> li.getText().contains("Amina Haddad")).findFirst().orElseThrow();
        assertThat(amina.findElements(By.cssSelector("table.factors tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
        desk.assertAccessible("narrative page");
        desk.screenshot("04-narrative");
        amina.findElement(By.cssSelector("button.assign")).click();
        desk.waitFor(By.id("assign-note")).sendKeys("Please answer in Arabic and French on the neighbourhood group.");
        desk.screenshot("05-assign-dialog");
        desk.click(By.id("assign-confirm"));
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignment-table"), "amina-h"));
        assertThat(desk.driver.findElements(By.cssSelector("#assignment-table tr[data-state='offered']"))).isNotEmpty();
    }

    @Test
    @Order(4)
    void theMessengerAcceptsAndRespondsOnAPhoneInTheirLanguage() {
        try (Browser phone = new Browser(stack.baseUrl(), 390, 844)) {
            phone.signIn("messenger");
            WebElement card = phone.waitFor(By.cssSelector("li.assignment[data-state='offered']"));
            assertThat(phone.script("return document.documentElement.dir")).isEqualTo("rtl");
            assertThat(phone.script("return document.documentElement.lang")).isEqualTo("ar");
            assertThat(phone.driver.findElement(By.id("inbox-title")).getText()).isEqualTo("مهامي");
            assertThat(card.getText()).contains("Claims about the new shelter in Saint-Roch");
            assertThat(phone.script("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("no horizontal scrolling on a phone").isEqualTo(true);
            phone.assertAccessible("messenger inbox (Arabic)");
            phone.screenshot("06-inbox-phone-arabic");

            new Select(phone.driver.findElement(By.id("inbox-language"))).selectByValue("es");
            phone.wait.until(ExpectedConditions.textToBe(By.id("inbox-title"), "Mis asignaciones"));
            assertThat(phone.script("return document.documentElement.dir")).isEqualTo("ltr");
            phone.screenshot("07-inbox-phone-spanish");
            new Select(phone.driver.findElement(By.id("inbox-language"))).selectByValue("en");
            phone.wait.until(ExpectedConditions.textToBe(By.id("inbox-title"), "My assignments"));

            phone.click(By.cssSelector("li.assignment[data-state='offered'] button.accept"));
            phone.waitFor(By.cssSelector("li.assignment[data-state='accepted']"));
            phone.click(By.cssSelector("li.assignment[data-state='accepted'] a.open-details"));
            WebElement briefing = phone.waitFor(By.cssSelector(".assignment[data-state='accepted'] .briefing-pack"));
            assertThat(briefing.findElements(By.cssSelector(".talking-points li"))).isNotEmpty();
            assertThat(briefing.findElements(By.cssSelector(".posts .post-text"))).isNotEmpty();
            assertThat(briefing.findElement(By.cssSelector(".safety")).getText()).isNotBlank();
            phone.assertAccessible("briefing pack");
            phone.screenshot("08-briefing-phone");

            phone.click(By.cssSelector(".assignment[data-state='accepted'] button.respond"));
            new Select(phone.waitFor(By.cssSelector(".response-form select"))).selectByValue("radio");
            phone.driver.findElement(By.cssSelector(".response-form textarea")).sendKeys(
                    "Spoke on Radio Lucena about the shelter volunteers and the real figures.");
            phone.driver.findElement(By.cssSelector(".response-form input[type=number]")).sendKeys("1200");
            phone.assertAccessible("response form");
            phone.screenshot("09-response-form-phone");
            phone.click(By.cssSelector(".response-form button.submit-response"));
            phone.waitFor(By.cssSelector(".assignment[data-state='responded']"));

            // the messenger's own availability: fewer assignments at once
            phone.click(By.id("back-to-list"));
            phone.click(By.cssSelector("#availability summary"));
            WebElement capacity = phone.waitFor(By.id("me-capacity"));
            capacity.clear();
            capacity.sendKeys("2");
            phone.click(By.cssSelector("#availability-form button[type=submit]"));
            phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("availability-form"),
                    "Your availability was saved."));
            assertThat(stack.call("messenger", "GET", "/api/messengers/me", null)).contains("\"capacity\":2");
            phone.assertAccessible("availability");
            requests.addAll(phone.requests());
        }
    }

    @Test
    @Order(5)
    void theOfficerSeesTheResponseMarkedOnTheNarrative() {
        desk.open("narratives/" + DemoFixture.SHELTER);
        desk.waitFor(By.cssSelector("#assignment-table tr[data-state='responded']"));
        assertThat(desk.driver.findElements(By.cssSelector("#volume-chart .mark-response"))).hasSize(1);
        desk.screenshot("10-narrative-after-response");
    }

    @Test
    @Order(6)
    void theTriageQueueUpdatesLiveWithoutReloading() {
        desk.open("triage");
        desk.waitFor(By.cssSelector("tr[data-narrative='" + DemoFixture.WATER + "']"));
        desk.script("window.__sameDocument = true");
        Instant now = Instant.now();
        String id = "n-live-bridge";
        Narrative narrative = new Narrative(SchemaVersion.CURRENT, id, "Bridge closure rumour spreading in Eastgate",
                List.of("bridge"), List.of(), List.of(), List.of(), List.of(), Map.of("en", 12L), Map.of("Eastgate", 12L),
                Map.of(org.bellwether.model.HarmCategory.MISINFORMATION, 0.6), Map.of(), 0.6, 0.0, 12, 2, 9,
                new NarrativeMetrics(12, 12, 12, 1, 1, 3, 9), List.of(new VolumeBucket(now.minus(Duration.ofHours(1)), 12)),
                0.99, true, now.minus(Duration.ofHours(1)), now, NarrativeStatus.EMERGING, null, now);
        stack.publish(narrative, List.of(), new Alert(SchemaVersion.CURRENT, "alert-live", id, narrative.label(),
                "burst", Severity.HIGH, 0.99, "A new burst", Map.of(), now));
        new WebDriverWait(desk.driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-narrative='" + id + "']")));
        assertThat(desk.script("return window.__sameDocument === true")).as("updated without a reload").isEqualTo(true);
    }

    @Test
    @Order(6)
    void theOfficerOpensACaseOnANarrativeNoRuleFlagged() {
        String id = "n-ferry-leaflets";
        String label = "Leaflets say the ferry stops for good in March";
        String merged = "n-ferry-leaflets-before";
        stack.publish(unflagged(id, label, null), List.of());
        stack.publish(unflagged(merged, "Ferry leaflets at the harbour", id), List.of());

        // the analyst reads the narrative, not flagged, and is offered no case to open
        try (Browser analyst = new Browser(stack.baseUrl(), 1280, 900)) {
            analyst.signIn("analyst");
            analyst.open("narratives/" + id);
            analyst.wait.until(ExpectedConditions.textToBe(By.id("narrative-title"), label));
            assertThat(analyst.waitFor(By.id("not-flagged")).getText()).startsWith("Not flagged");
            assertThat(analyst.driver.findElements(By.id("open-case"))).isEmpty();
            requests.addAll(analyst.requests());
        }
        // nor is the officer on a narrative merged into another: the case belongs to the other
        desk.open("narratives/" + merged);
        desk.wait.until(ExpectedConditions.textToBe(By.id("narrative-title"), "Ferry leaflets at the harbour"));
        desk.waitFor(By.id("not-flagged"));
        assertThat(desk.driver.findElements(By.id("open-case"))).isEmpty();

        // a resident's call is the officer's reason to open a case; markup in it stays text
        String reason = "A resident called: <b>leaflets</b> at the ferry say it stops for good";
        desk.open("narratives/" + id);
        desk.wait.until(ExpectedConditions.textToBe(By.id("narrative-title"), label));
        desk.click(By.id("open-case"));
        desk.waitFor(By.id("dismiss-reason")).sendKeys(reason);
        new Select(desk.driver.findElement(By.id("open-case-severity"))).selectByValue("high");
        desk.assertAccessible("open a case dialog");
        desk.screenshot("10b-open-case-dialog");
        desk.click(By.id("reason-confirm"));
        desk.wait.until(ExpectedConditions.attributeToBe(By.id("case-state"), "data-state", "new"));
        assertThat(desk.driver.findElement(By.id("case-state")).getText()).isEqualToIgnoringCase("new");
        assertThat(desk.driver.findElement(By.cssSelector("#triage-card .badge")).getText())
                .isEqualToIgnoringCase("high");
        assertThat(desk.driver.findElement(By.id("narrative-message")).getText()).isNotBlank();
        assertThat(desk.driver.findElements(By.id("not-flagged"))).isEmpty();
        assertThat(desk.driver.findElements(By.id("open-case"))).isEmpty();
        desk.click(By.cssSelector("#triage-card .notes-wrap summary"));
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-notes"), reason));
        assertThat(desk.driver.findElement(By.id("case-notes")).getText()).contains("officer");
        assertThat(desk.driver.findElements(By.cssSelector("#case-notes b"))).isEmpty();
        desk.assertAccessible("narrative page with the case opened");
        desk.screenshot("10c-narrative-case-opened");
    }

    @Test
    @Order(7)
    void theAnalystSearchesChartsAndExports() throws Exception {
        desk.signOut();
        desk.signIn("analyst");
        WebElement query = desk.waitFor(By.id("search-q"));
        query.sendKeys("water OR eau OR agua", Keys.ENTER);
        desk.wait.until(d -> !d.findElements(By.cssSelector("#post-hits li mark")).isEmpty());
        assertThat(desk.driver.findElement(By.id("post-hits")).findElements(By.tagName("mark")).get(0).getText())
                .containsIgnoringCase("water");
        assertThat(desk.driver.findElements(By.cssSelector("#histogram rect.bar"))).isNotEmpty();
        assertThat(desk.driver.findElements(By.cssSelector("#narrative-hits a"))).isNotEmpty();
        desk.click(By.cssSelector(".facet-value[data-facet='lang'][data-value='fr']"));
        desk.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(
                ".facet-value[data-facet='lang'][data-value='fr']"), "aria-pressed", "true"));
        assertThat(desk.driver.findElements(By.cssSelector("#post-hits li.post"))).allSatisfy(li ->
                assertThat(li.getAttribute("lang")).isEqualTo("fr"));
        desk.assertAccessible("search");
        desk.screenshot("11-search");

        desk.click(By.id("export-csv"));
        Path csv = awaitDownload(".csv");
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFFpost_id,").contains("eau du robinet");
        desk.click(By.id("export-json"));
        Path json = awaitDownload(".json");
        assertThat(Json.read(Files.readString(json, StandardCharsets.UTF_8), List.class)).isNotEmpty();
        // the histogram narrows the period: choose the last bar
        List<WebElement> bars = desk.driver.findElements(By.cssSelector("#histogram rect.bar"));
        bars.get(bars.size() - 1).sendKeys(Keys.ENTER);
        desk.wait.until(ExpectedConditions.urlContains("from="));
        desk.wait.until(d -> !d.findElement(By.id("search-from")).getAttribute("value").isEmpty());
        desk.waitFor(By.id("hits-title"));
        desk.assertAccessible("search narrowed to a period");
        String audit = stack.call("admin", "GET", "/api/audit?action=search.export", null);
        assertThat(audit).contains("\"analyst\"").contains("search.export");

        // a tip-only query: the narratives column lists the narratives of the matching tips
        desk.open("search?q=kind%3Atip");
        desk.wait.until(d -> !d.findElements(By.cssSelector("#post-hits li.tip")).isEmpty());
        desk.waitFor(By.cssSelector("#narrative-hits"));
        assertThat(desk.driver.findElements(By.id("narrative-hits-note"))).isEmpty();

        // save it with an alert: it is listed with its count, its alert history is empty, the help is there
        desk.waitFor(By.id("saved-name")).sendKeys("Tips <b>watch</b>");
        desk.click(By.id("saved-alert"));
        desk.click(By.id("saved-save"));
        WebElement saved = desk.waitFor(By.cssSelector("#saved-searches li.saved"));
        assertThat(saved.getText()).contains("Tips <b>watch</b>").contains("0 today").contains("kind:tip")
                .contains("alerts at 20 in 60 min");
        assertThat(saved.findElements(By.tagName("b"))).isEmpty();
        assertThat(saved.findElement(By.cssSelector("svg.sparkline")).getAttribute("aria-label"))
                .contains("last 24 hours");
        desk.click(By.cssSelector("#saved-searches .saved-alerts"));
        assertThat(desk.waitFor(By.id("alert-items-none")).getText()).isEqualTo("No alerts yet.");
        desk.click(By.cssSelector("#query-help summary"));
        assertThat(desk.waitFor(By.cssSelector("#query-help table")).getText()).contains("kind:tip");
        desk.assertAccessible("saved searches and query help");
        desk.screenshot("11b-saved-searches");
        // the same query over two periods, side by side
        desk.click(By.cssSelector("#compare summary"));
        desk.script("""
                const at = hours => new Date(Date.now() - hours * 3600000).toISOString().slice(0, 16);
                document.getElementById('compare-a-from').value = at(24 * 14);
                document.getElementById('compare-a-to').value = at(24 * 7);
                document.getElementById('compare-b-from').value = at(24 * 7);
                document.getElementById('compare-b-to').value = at(-1);
                """);
        desk.click(By.id("compare-submit"));
        WebElement compared = desk.waitFor(By.id("compare-table"));
        assertThat(compared.getText()).contains("All matching posts").contains("First").contains("Second");
        desk.open("search");
        desk.click(By.cssSelector("#saved-searches .saved-run"));
        desk.wait.until(ExpectedConditions.urlContains("q=kind%3Atip"));
        String savedAudit = stack.call("admin", "GET", "/api/audit?action=savedsearch.create", null);
        assertThat(savedAudit).contains("\"analyst\"");
        requests.addAll(desk.requests());
    }

    @Test
    @Order(8)
    void theMapShadesNeighbourhoodsAndLeadsToTheirNarratives() {
        desk.open("map");
        WebElement saintRoch = desk.waitFor(By.cssSelector(".citymap path[data-name='Saint-Roch']"));
        assertThat(desk.driver.findElements(By.cssSelector(".citymap path.area"))).hasSize(8);
        assertThat(saintRoch.getAttribute("fill")).isNotEqualTo("#f1f4f8");
        desk.assertAccessible("city map");
        saintRoch.sendKeys(Keys.ENTER);
        WebElement link = desk.waitFor(By.cssSelector("#area-narratives a"));
        desk.screenshot("12-city-map");
        new org.openqa.selenium.interactions.Actions(desk.driver).moveToElement(
                desk.driver.findElement(By.cssSelector(".citymap path[data-name='Eastgate']"))).click().perform();
        desk.wait.until(ExpectedConditions.textToBe(By.id("panel-title"), "Eastgate"));
        desk.click(By.id("metric-tips"));
        desk.wait.until(ExpectedConditions.urlContains("metric=tips"));
        desk.waitFor(By.cssSelector(".citymap path[data-name='Eastgate']"));
        desk.screenshot("13-city-map-tips");
        desk.open("map");
        desk.waitFor(By.cssSelector(".citymap path[data-name='Saint-Roch']")).click();
        desk.click(By.cssSelector("#area-narratives a"));
        desk.waitFor(By.id("narrative-title"));
        assertThat(link).isNotNull();
    }

    @Test
    @Order(8)
    void threatsOverTimeMoveWithTheWeekSliderAndExport() throws Exception {
        desk.open("map");
        desk.waitFor(By.cssSelector("#threat-map[data-ready='true']"));
        // the neighbourhoods over the base map (no tiles configured: no request leaves the server)
        assertThat(desk.driver.findElements(By.cssSelector("#threat-map path.leaflet-interactive"))).hasSize(8);
        assertThat(desk.driver.findElements(By.cssSelector("#threat-map img.leaflet-tile"))).isEmpty();
        WebElement slider = desk.waitFor(By.id("threat-week"));
        assertThat(slider.getAttribute("max")).isEqualTo("7");
        String thisWeek = desk.driver.findElement(By.id("threat-week-label")).getText();
        // the fixture's posts and tips are hours old: this week (or, early on a Monday, the last) has them
        if (desk.driver.findElements(By.cssSelector("#threat-table tr[data-place]")).isEmpty()) {
            slider.sendKeys(Keys.ARROW_LEFT);
        }
        assertThat(desk.waitFor(By.cssSelector("#threat-table tr[data-place]")).getText()).matches("(?s).*\\d.*");
        assertThat(desk.driver.findElement(By.cssSelector("#threat-map path.leaflet-interactive[data-value]")))
                .isNotNull();
        desk.assertAccessible("threats over time");
        desk.screenshot("13b-threats-this-week");

        slider.sendKeys(Keys.HOME);
        desk.wait.until(d -> !d.findElement(By.id("threat-week-label")).getText().equals(thisWeek));
        assertThat(desk.driver.findElement(By.id("threat-table")).getText()).contains("Nothing in this week.");
        slider.sendKeys(Keys.END);
        desk.wait.until(ExpectedConditions.textToBe(By.id("threat-week-label"), thisWeek));

        desk.click(By.id("threat-export"));
        Path csv = new WebDriverWait(desk.driver, Duration.ofSeconds(15)).until(d -> {
            try (Stream<Path> files = Files.list(desk.downloads())) {
                return files.filter(f -> f.getFileName().toString().startsWith("bellwether-threats-")
                        && f.toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).first().asString()
                .contains("week,week_start,neighbourhood,category,flagged_posts,tips");
        assertThat(stack.call("admin", "GET", "/api/audit?action=map.threats.export", null)).contains("\"analyst\"");
    }

    @Test
    @Order(9)
    void theAdminPagesWork() {
        desk.signOut();
        desk.signIn("admin");
        for (String section : List.of("users", "messengers", "playbooks", "sources", "retention", "audit")) {
            desk.open("admin/" + section);
            desk.waitFor(By.cssSelector("#admin-" + section + " table, #admin-" + section + " .card"));
            desk.wait.until(d -> !d.findElement(By.id("admin-" + section)).getText().isBlank());
            desk.assertAccessible("admin " + section);
            desk.screenshot("14-admin-" + section);
        }
        desk.open("admin/retention");
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("retention-policy"), "30 days"));
        desk.click(By.id("run-retention"));
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("retention-message"),
                "Retention applied"));
        assertThat(desk.driver.findElement(By.id("retention-policy")).getText()).contains("Post texts removed")
                .doesNotContain("not yet");
        desk.open("admin/sources");
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sources-table"), "rss:courier"));
        org.openqa.selenium.WebElement yaml = desk.waitFor(By.id("watchlist-yaml"));
        assertThat(yaml.getAttribute("value")).contains("shelter");
        yaml.sendKeys(Keys.END, "\nneighbourhoods: [Saint-Roch]\n");
        desk.click(By.cssSelector("#watchlist-form button[type=submit]"));
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sources-message"),
                "Watchlist applied"));
        yaml.sendKeys("feeds: not a list\n");
        desk.click(By.cssSelector("#watchlist-form button[type=submit]"));
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sources-message"), "Not applied"));
        desk.screenshot("15-admin-sources-with-collectors");
        desk.open("admin/audit?action=triage.transition");
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-table"), "triage.transition"));
        assertThat(desk.driver.findElements(By.cssSelector("#audit-table tbody tr"))).allSatisfy(tr ->
                assertThat(tr.getText()).contains("triage.transition"));
        desk.open("admin/users");
        desk.waitFor(By.id("new-username")).sendKeys("officer2");
        desk.driver.findElement(By.id("new-display-name")).sendKeys("Second Officer");
        desk.driver.findElement(By.id("new-password")).sendKeys("a long enough password");
        desk.driver.findElement(By.cssSelector("#new-user button[type=submit]")).click();
        desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-user='officer2']")));
        requests.addAll(desk.requests());
    }

    @Test
    @Order(10)
    void noPageLoadedAnythingFromAnotherOriginOrViolatedThePolicy() {
        requests.addAll(desk.requests());
        assertThat(requests).isNotEmpty();
        List<String> network = requests.stream().filter(url -> url.matches("(?i)^(https?|wss?|ftp):.*")).toList();
        assertThat(network).isNotEmpty();
        assertThat(network).allSatisfy(url -> assertThat(url).startsWith(stack.baseUrl() + "/"));
        assertThat(stack.cspReports()).as(stack.cspReportBodies()).isEqualTo(reportsBefore);
    }

    /** A small narrative no rule flagged, merged into another one when mergedInto is not null. */
    private static Narrative unflagged(String id, String label, String mergedInto) {
        Instant now = Instant.now();
        return new Narrative(SchemaVersion.CURRENT, id, label, List.of("ferry", "leaflets"), List.of(), List.of(),
                List.of(), List.of(), Map.of("en", 5L), Map.of("Old Harbour", 5L),
                Map.of(org.bellwether.model.HarmCategory.MISINFORMATION, 0.3), Map.of(), 0.3, 0.0, 5, 0, 4,
                new NarrativeMetrics(5, 5, 5, 1, 1, 1, 4), List.of(new VolumeBucket(now.minus(Duration.ofHours(1)), 5)),
                0.2, false, now.minus(Duration.ofHours(3)), now,
                mergedInto == null ? NarrativeStatus.ACTIVE : NarrativeStatus.MERGED, mergedInto, now);
    }

    private Path awaitDownload(String suffix) {
        return new WebDriverWait(desk.driver, Duration.ofSeconds(15)).until(d -> {
            try (Stream<Path> files = Files.list(desk.downloads())) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }
}
