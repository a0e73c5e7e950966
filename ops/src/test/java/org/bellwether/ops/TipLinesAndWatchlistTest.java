package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.model.Json;
import org.bellwether.model.Tip;
import org.bellwether.model.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The collectors' HTTP side as the api node serves it, on the whole system: the public tip form (a tip reaches
 * {@code tips.raw} with its contact sealed and becomes searchable), and the admin watchlist, through which an
 * admin adds an RSS feed whose items then appear in search without a restart.
 */
class TipLinesAndWatchlistTest {
    private static DevStack stack;
    private static HttpServer feedServer;

    @BeforeAll
    static void start() throws Exception {
        stack = DevStack.start();
        feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feedServer.createContext("/courier.xml", exchange -> {
            byte[] body = rss().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        feedServer.start();
    }

    @AfterAll
    static void stop() {
        if (feedServer != null) {
            feedServer.stop(0);
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theTipFormIsPublicRightToLeftInArabicAndRunsNoScriptAtAll() {
        DevStack.Response form = stack.request(null, "GET", "/tips?lang=ar", null, null);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("dir=\"rtl\"");
        assertThat(form.header("Content-Security-Policy")).startsWith("default-src 'none'")
                .doesNotContain("script-src").doesNotContain("unsafe-inline");
    }

    @Test
    void aConsentedTipReachesKafkaWithItsContactSealedAndBecomesSearchable() {
        String contact = "+44 20 7946 0111";
        DevStack.Response answer = stack.request(null, "POST", "/tips", "application/x-www-form-urlencoded",
                "lang=es&text=" + DevStack.encode("Carteles contra el albergue quetzalcoatl en Eastgate")
                        + "&contact=" + DevStack.encode(contact) + "&consent=yes&neighbourhood=Eastgate"
                        + "&formToken=" + DevStack.encode(formToken()));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        Matcher reference = Pattern.compile("BW-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(answer.text());
        assertThat(reference.find()).as("a reference number in the answer").isTrue();

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(tips())
                .filteredOn(tip -> tip.text().contains("quetzalcoatl"))
                .singleElement()
                .satisfies(tip -> {
                    assertThat(tip.tipId()).isEqualTo(reference.group());
                    assertThat(tip.consent()).isTrue();
                    assertThat(tip.contactSealed()).startsWith("gcm1:").doesNotContain("7946");
                    assertThat(stack.contactCipher().open(tip.contactSealed(), "tip-contact")).isEqualTo(contact);
                }));
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(stack.get("analyst", "/api/search/posts?q=quetzalcoatl").json().path("hits").path(0)
                        .path("kind").asText()).isEqualTo("tip"));
    }

    @Test
    void aTipWithoutConsentIsRefusedAndNotSent() {
        DevStack.Response answer = stack.request(null, "POST", "/tips", "application/x-www-form-urlencoded",
                "lang=en&text=" + DevStack.encode("no consent axolotl report")
                        + "&formToken=" + DevStack.encode(formToken()));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(tips()).noneMatch(tip -> tip.text().contains("axolotl"));
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /api/admin/watchlist, admin, 200",
            "GET, /api/admin/watchlist, officer, 403",
            "GET, /api/admin/watchlist, analyst, 403",
            "GET, /api/admin/watchlist, messenger, 403",
            "GET, /api/admin/watchlist, , 401",
            "GET, /api/admin/collectors, admin, 200",
            "GET, /api/admin/collectors, officer, 403",
            "GET, /api/admin/collectors, analyst, 403",
            "GET, /api/admin/collectors, messenger, 403",
            "GET, /api/admin/collectors, , 401",
            "PUT, /api/admin/watchlist, officer, 403",
            "PUT, /api/admin/watchlist, analyst, 403",
            "PUT, /api/admin/watchlist, messenger, 403",
            "PUT, /api/admin/watchlist, , 401"})
    void adminCollectorEndpointsFollowTheirRoleRule(String method, String path, String user, int status) {
        String body = method.equals("PUT") ? "hashtags: [portlucena]\n" : null;
        assertThat(stack.request(user, method, path, body == null ? null : "application/yaml", body).status())
                .isEqualTo(status);
    }

    @Test
    void anAdminAddsAFeedAndItsItemsAreSearchableWithoutARestart() {
        String yaml = "feeds:\n  - {name: courier, url: 'http://127.0.0.1:" + feedServer.getAddress().getPort()
                + "/courier.xml', interval: PT5S}\n";
        DevStack.Response put = stack.request("admin", "PUT", "/api/admin/watchlist", "application/yaml", yaml);
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(stack.get("analyst", "/api/search/posts?q=zeppelin").json().path("total").asLong())
                        .isEqualTo(2));
        assertThat(stack.get("admin", "/api/audit?action=collectors.watchlist.put").text()).contains("admin");

        DevStack.Response invalid = stack.request("admin", "PUT", "/api/admin/watchlist", "application/yaml",
                "feeds: [{name: broken, url: 'not a url'}]\n");
        assertThat(invalid.status()).isEqualTo(400);
    }

    private static String rss() {
        String now = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.now().atZone(java.time.ZoneOffset.UTC));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Port Lucena Courier</title><link>http://127.0.0.1/</link>
                <description>Local news</description>
                <item><title>Zeppelin festival returns to Old Harbour</title><link>http://127.0.0.1/a?utm_source=x</link>
                <guid>courier-1</guid><pubDate>%s</pubDate><description>The zeppelin parade is back on Saturday.</description></item>
                <item><title>Council approves new zeppelin mooring</title><link>http://127.0.0.1/b</link>
                <guid>courier-2</guid><pubDate>%s</pubDate><description>A zeppelin mast near Eastgate.</description></item>
                </channel></rss>
                """.formatted(now, now);
    }

    /** The token the tip form is served with, which its post must carry. */
    private static String formToken() {
        Matcher token = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"")
                .matcher(stack.request(null, "GET", "/tips", null, null).text());
        assertThat(token.find()).as("a token in the served form").isTrue();
        return token.group(1);
    }

    private static List<Tip> tips() {
        return CommittedRecords.of(stack.bootstrapServers(), Topics.TIPS_RAW.name()).stream()
                .map(record -> Json.read(record.value(), Tip.class)).toList();
    }
}
