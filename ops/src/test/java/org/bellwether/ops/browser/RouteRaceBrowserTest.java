package org.bellwether.ops.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page left while it was still loading leaves nothing behind: the messenger's inbox is opened in French and, while
 * its first request is held back, in Spanish. Only the Spanish page may be drawn; the French render, when its request
 * comes back, must not append a second heading, list and forms (duplicate ids) to the page now shown. The request is
 * held back on purpose, so the order is the same on every run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteRaceBrowserTest {
    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback STACK = context -> stack = DashboardStack.get(context);
    static DashboardStack stack;
    Browser phone;

    /**
     * Holds the requests for the messenger's own profile back, the first by 300 ms and later ones by 1,500 ms, and
     * counts their answers in {@code window.answered}; the rest go through at once.
     */
    private static final String HOLD_PROFILE = """
            const original = window.fetch;
            let held = 0;
            window.answered = 0;
            window.fetch = (url, options) => /\\/api\\/messengers\\/me(\\?|$)/.test(String(url))
              ? new Promise(resolve => setTimeout(resolve, held++ === 0 ? 300 : 1500))
                  .then(() => original(url, options))
                  .then(response => { window.answered++; return response; })
              : original(url, options);
            """;

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
    void theInboxLeftWhileLoadingDrawsNothingOverTheNextOne() {
        phone.signIn("messenger");
        phone.waitFor(org.openqa.selenium.By.cssSelector("#assignment-list li"));
        phone.script(HOLD_PROFILE);

        phone.script("location.hash = '#/inbox?lang=fr';"
                + " setTimeout(() => { location.hash = '#/inbox?lang=es'; }, 150);");

        // both held requests answered, and the router has finished the page shown (it focuses that page's heading;
        // a page left behind is never focused)
        phone.wait.until(driver -> Boolean.TRUE.equals(phone.script("return window.answered === 2"
                + " && document.activeElement !== null && document.activeElement.tagName === 'H1'")));
        String spanish = LanguagesBrowserTest.text("es", "inbox.title");
        assertThat(phone.script("return [...document.querySelectorAll('#main h1')].map(h => h.textContent)"))
                .asList().containsExactly(spanish);
        assertThat(phone.script("return document.querySelectorAll('#assignment-list').length")).isEqualTo(1L);
        assertThat(phone.script("return document.documentElement.lang")).isEqualTo("es");
        phone.assertAccessible("inbox after a route left while loading");
        phone.signOut();
    }
}
