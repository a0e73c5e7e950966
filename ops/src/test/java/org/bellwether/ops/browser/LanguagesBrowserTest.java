package org.bellwether.ops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.model.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every role's main page, the sign-in page and the "not for your role" page in English, Spanish, French and Arabic on
 * a 390×844 phone screen, in one browser session: the page says its language and direction ({@code <html lang dir>},
 * Arabic right to left), its heading comes from that language's catalogue, axe-core finds nothing, and nothing
 * scrolls sideways. A screenshot of each goes to target/screenshots. And a page left while loading draws nothing
 * over the page shown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesBrowserTest {
    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback STACK = context -> stack = DashboardStack.get(context);
    static DashboardStack stack;
    static final List<String> LANGUAGES = List.of("en", "es", "fr", "ar");
    Browser phone;

    /** Each role's main page: its path, the catalogue key of its heading and an element that says it has loaded. */
    record MainPage(String role, String path, String headingKey, String loaded) {
    }

    static final List<MainPage> PAGES = List.of(
            new MainPage("officer", "triage", "triage.title", "#queue-body tr[data-case]"),
            new MainPage("analyst", "search", "search.title", "#post-hits"),
            new MainPage("messenger", "inbox", "inbox.title", "#assignment-list li"),
            new MainPage("admin", "admin/users", "admin.title", "#users-table table"));

    @BeforeAll
    void openBrowser() {
        phone = new Browser(stack.baseUrl(), 390, 844);
    }

    @AfterAll
    void closeBrowser() {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void everyRolesMainPageSpeaksEachLanguage() {
        for (String lang : LANGUAGES) {
            phone.open("login?lang=" + lang);
            phone.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
            phone.waitFor(By.id("login-form"));
            check("sign-in", lang, text(lang, "login.heading"));
        }
        for (MainPage page : PAGES) {
            phone.signIn(page.role());
            for (String lang : LANGUAGES) {
                phone.open(page.path() + "?lang=" + lang);
                phone.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
                phone.waitFor(By.cssSelector(page.loaded()));
                String heading = text(lang, page.headingKey()).replace("{section}",
                        text(lang, "admin.section.users"));
                check(page.role(), lang, heading);
            }
            if (page.role().equals("messenger")) {
                phone.open("admin/users?lang=ar");
                phone.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ar"));
                check("not-for-your-role", "ar", text("ar", "error.notForRole"));
            }
            phone.signOut();
        }
    }

    /**
     * A page left while it was still loading leaves nothing behind: the inbox is opened in French and, while its first
     * request is held back, in Spanish. The French render, answered first, must not draw a second heading, list and
     * forms (duplicate ids) over the Spanish page. The request is held back so the order is the same on every run.
     */
    @Test
    void theInboxLeftWhileLoadingDrawsNothingOverTheNextOne() {
        phone.signIn("messenger");
        phone.waitFor(By.cssSelector("#assignment-list li"));
        phone.script(HOLD_PROFILE);
        try {
            phone.script("location.hash = '#/inbox?lang=fr';"
                    + " setTimeout(() => { location.hash = '#/inbox?lang=es'; }, 150);");

            // both held requests answered, and the router has finished the page shown (it focuses that page's
            // heading; a page left behind is never focused)
            phone.wait.until(driver -> Boolean.TRUE.equals(phone.script("return window.answered === 2"
                    + " && document.activeElement !== null && document.activeElement.tagName === 'H1'")));
            String spanish = text("es", "inbox.title");
            assertThat(phone.script("return [...document.querySelectorAll('#main h1')].map(h => h.textContent)"))
                    .asList().containsExactly(spanish);
            assertThat(phone.script("return document.querySelectorAll('#assignment-list').length")).isEqualTo(1L);
            assertThat(phone.script("return document.documentElement.lang")).isEqualTo("es");
            phone.assertAccessible("inbox after a route left while loading");
        } finally {
            phone.script("if (window.unheldFetch) window.fetch = window.unheldFetch;");
            phone.signOut();
        }
    }

    private void check(String page, String lang, String heading) {
        String name = page + " (" + lang + ")";
        phone.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
        assertThat(phone.script("return document.documentElement.dir")).as(name)
                .isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
        assertThat(phone.script("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no sideways scrolling on a phone: %s; too wide: %s", name, phone.script(TOO_WIDE)).isEqualTo(true);
        phone.assertAccessible(name);
        phone.screenshot("40-" + page.replace('/', '-') + "-" + lang);
    }

    /** The innermost elements reaching past the window's edge, for the failure message. */
    private static final String TOO_WIDE = """
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')].filter(e => {
              const box = e.getBoundingClientRect();
              return (box.right > width + 1 || box.left < -1) && box.width > 0
                && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1);
            }).slice(0, 8).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' '
              + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right));
            """;

    /**
     * Holds the requests for the messenger's own profile back, the first by 300 ms and later ones by 1,500 ms, and
     * counts their answers in {@code window.answered}; the rest go through at once. {@code window.unheldFetch} undoes
     * it.
     */
    private static final String HOLD_PROFILE = """
            const original = window.unheldFetch = window.fetch;
            let held = 0;
            window.answered = 0;
            window.fetch = (url, options) => /\\/api\\/messengers\\/me(\\?|$)/.test(String(url))
              ? new Promise(resolve => setTimeout(resolve, held++ === 0 ? 300 : 1500))
                  .then(() => original(url, options))
                  .then(response => { window.answered++; return response; })
              : original(url, options);
            """;

    private static final Map<String, Map<String, String>> CATALOGUES = new LinkedHashMap<>();

    /** A text of the dashboard's own catalogue (served from the api's assets). */
    @SuppressWarnings("unchecked")
    static synchronized String text(String lang, String key) {
        Map<String, String> catalogue = CATALOGUES.computeIfAbsent(lang, code -> {
            try (InputStream in = LanguagesBrowserTest.class.getResourceAsStream("/assets/i18n/" + code + ".json")) {
                return Json.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), Map.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return catalogue.get(key);
    }
}
