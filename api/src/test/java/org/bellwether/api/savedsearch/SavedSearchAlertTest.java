package org.bellwether.api.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.admin.TextExpiry;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.bellwether.api.support.TestDatabase;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.search.monitor.MonitorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saved searches that alert, end to end on a real broker and database: the api publishes a saved search, the
 * monitor step matches posts against it, and two api nodes over one database and broker turn 50 matching posts
 * into exactly one alert (in the alert history, the owner's inbox and one e-mail); a restart raises nothing again
 * for the same window, while a later window alerts on its own.
 */
class SavedSearchAlertTest {
    static final Instant HOUR = Instant.parse("2026-03-14T10:00:00Z");
    static final int SMTP_PORT = freePort();
    static final String DATABASE = TestDatabase.emptyDatabaseUrl("saved-searches");
    static final String CONTACT_KEY = ContactCipher.newKey();

    static InProcessKafka kafka;
    static MonitorService monitor;
    static GreenMail mail;
    static Client client;
    static Path state;

    @BeforeAll
    static void start() throws IOException {
        kafka = InProcessKafka.temporary().start();
        kafka.createTopics(Topics.namesWithCompaction(""), 2);
        state = Files.createTempDirectory("monitor-state");
        monitor = new MonitorService("", kafka.bootstrapServers(), state);
        monitor.start();
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        client = ClientBuilder.newClient();
    }

    @AfterAll
    static void stop() {
        client.close();
        mail.stop();
        monitor.close();
        kafka.close();
    }

    static DropwizardTestSupport<BellwetherConfiguration> node() {
        DropwizardTestSupport<BellwetherConfiguration> node = TestApps.support(new FakeSearchService(),
                TextExpiry.NONE, () -> DATABASE,
                ConfigOverride.config("contactKeys.keys.test1", CONTACT_KEY),
                ConfigOverride.config("kafka.enabled", "true"),
                ConfigOverride.config("kafka.bootstrapServers", kafka.bootstrapServers()),
                ConfigOverride.config("notifications.smtp.enabled", "true"),
                ConfigOverride.config("notifications.smtp.host", "127.0.0.1"),
                ConfigOverride.config("notifications.smtp.port", Integer.toString(SMTP_PORT)),
                ConfigOverride.config("notifications.outbox.pollInterval", "100ms"));
        try {
            node.before();
        } catch (Exception e) {
            throw new IllegalStateException("api node did not start", e);
        }
        return node;
    }

    @Test
    void fiftyMatchingPostsRaiseOneAlertOnTwoNodesAndNotAgainAfterARestart() throws Exception {
        DropwizardTestSupport<BellwetherConfiguration> a = node();
        DropwizardTestSupport<BellwetherConfiguration> b = node();
        try {
            twoNodesAlertOnce(a, b);
        } finally {
            // in reverse order: each node's overrides put back the system properties it found when it started
            b.after();
            a.after();
        }
        restartedNodeAlertsOnlyForANewWindow();
    }

    private static String savedSearchId;

    private static void twoNodesAlertOnce(DropwizardTestSupport<BellwetherConfiguration> a,
                                          DropwizardTestSupport<BellwetherConfiguration> b) throws Exception {
        String analyst = login(a, "analyst");

        try (Response bad = as(a, analyst, "/api/saved-searches").post(Entity.json(Map.of(
                "name", "broken", "query", "(shelter AND rumour")))) {
            assertThat(bad.getStatus()).isEqualTo(400);
            assertThat(bad.readEntity(String.class)).contains("query").contains("parentheses");
        }
        int monitoredBefore = monitor.monitoredSearches();
        String id;
        try (Response created = as(a, analyst, "/api/saved-searches").post(Entity.json(Map.of(
                "name", "Shelter rumours", "query", "shelter AND rumour",
                "alert", Map.of("minMatches", 20, "windowMinutes", 60))))) {
            assertThat(created.getStatus()).isEqualTo(201);
            id = created.readEntity(JsonNode.class).get("id").asText();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> monitor.monitoredSearches() == monitoredBefore + 1);

        List<ScoredPost> posts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            posts.add(post("m" + i, "Is the shelter rumour true? They say it closes, post " + i,
                    HOUR.plusSeconds(60L * i)));
            posts.add(post("x" + i, "Lovely weather at the harbour today " + i, HOUR.plusSeconds(60L * i)));
        }
        send(posts);

        await().atMost(Duration.ofSeconds(90)).until(() -> matchesLast24h(b, login(b, "analyst"), id) == 50);
        // the sparkline's hours: matched just now, so all 50 in the last of 24 hourly counts
        JsonNode hours = as(b, login(b, "analyst"), "/api/saved-searches/" + id).get(JsonNode.class)
                .get("matchesByHour");
        assertThat(hours).hasSize(24);
        assertThat(hours.get(23).asLong() + hours.get(22).asLong()).isEqualTo(50);
        await().atMost(Duration.ofSeconds(90)).until(() -> mail.getReceivedMessages().length >= 1);
        JsonNode alerts = as(b, analyst, "/api/saved-searches/" + id + "/alerts").get(JsonNode.class);
        assertThat(alerts.get("total").asInt()).isEqualTo(1);
        assertThat(alerts.get("items").get(0).get("matchCount").asInt()).isEqualTo(20);
        assertThat(alerts.get("items").get(0).get("windowStart").asText()).isEqualTo(HOUR.toString());
        MimeMessage email = mail.getReceivedMessages()[0];
        assertThat(email.getSubject()).isEqualTo("Saved search alert: Shelter rumours");
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("analyst@bellwether.invalid");
        JsonNode inbox = as(a, analyst, "/api/inbox").get(JsonNode.class);
        assertThat(inbox.get("total").asInt()).isEqualTo(1);
        assertThat(inbox.get("hits").get(0).get("title").asText()).isEqualTo("Saved search alert: Shelter rumours");
        JsonNode audit = as(a, login(a, "admin"), "/api/audit?action=savedsearch.alert").get(JsonNode.class);
        assertThat(audit.toString()).contains(id);

        savedSearchId = id;
    }

    /** Both nodes stopped and one comes back: the same window does not alert again, a new window does. */
    private static void restartedNodeAlertsOnlyForANewWindow() throws Exception {
        String id = savedSearchId;
        DropwizardTestSupport<BellwetherConfiguration> restarted = node();
        try {
            String again = login(restarted, "analyst");
            List<ScoredPost> more = new ArrayList<>();
            for (int i = 50; i < 60; i++) {
                more.add(post("m" + i, "shelter rumour again " + i, HOUR.plusSeconds(60L * i - 1800)));
            }
            for (int i = 0; i < 20; i++) {
                more.add(post("n" + i, "another shelter rumour " + i, HOUR.plusSeconds(7200 + 60L * i)));
            }
            send(more);
            await().atMost(Duration.ofSeconds(90)).until(() -> matchesLast24h(restarted, again, id) == 80);
            await().atMost(Duration.ofSeconds(30)).until(() -> mail.getReceivedMessages().length >= 2);
            JsonNode after = as(restarted, again, "/api/saved-searches/" + id + "/alerts").get(JsonNode.class);
            assertThat(after.get("total").asInt()).isEqualTo(2);
            assertThat(after.get("items").findValuesAsText("windowStart"))
                    .containsExactlyInAnyOrder(HOUR.toString(), HOUR.plusSeconds(7200).toString());
            assertThat(mail.getReceivedMessages()).hasSize(2);
        } finally {
            restarted.after();
        }
    }

    @Test
    void othersSeeOnlySharedSearchesAndOnlyOwnersChangeThem() throws Exception {
        DropwizardTestSupport<BellwetherConfiguration> a = node();
        try {
            String analyst = login(a, "analyst");
            String officer = login(a, "officer");
            String privateId = as(a, analyst, "/api/saved-searches").post(Entity.json(Map.of(
                    "name", "mine", "query", "harbour")), JsonNode.class).get("id").asText();
            String sharedId = as(a, analyst, "/api/saved-searches").post(Entity.json(Map.of(
                    "name", "team", "query", "kind:tip", "shared", true,
                    "filters", Map.of("neighbourhood", "Old Town"))), JsonNode.class).get("id").asText();

            JsonNode seen = as(a, officer, "/api/saved-searches").get(JsonNode.class);
            assertThat(seen.findValuesAsText("id")).contains(sharedId).doesNotContain(privateId);
            try (Response r = as(a, officer, "/api/saved-searches/" + privateId).get()) {
                assertThat(r.getStatus()).isEqualTo(404);
            }
            try (Response r = as(a, officer, "/api/saved-searches/" + sharedId).put(Entity.json(Map.of(
                    "name", "taken over", "query", "x")))) {
                assertThat(r.getStatus()).isEqualTo(403);
            }
            try (Response r = as(a, analyst, "/api/saved-searches/" + sharedId).put(Entity.json(Map.of(
                    "name", "team", "query", "kind:tip", "shared", false)))) {
                assertThat(r.getStatus()).isEqualTo(200);
            }
            assertThat(as(a, officer, "/api/saved-searches").get(JsonNode.class).findValuesAsText("id"))
                    .doesNotContain(sharedId);
            try (Response r = as(a, login(a, "admin"), "/api/saved-searches/" + privateId).delete()) {
                assertThat(r.getStatus()).isEqualTo(204);
            }
            assertThat(as(a, analyst, "/api/saved-searches").get(JsonNode.class).findValuesAsText("id"))
                    .contains(sharedId).doesNotContain(privateId);
            JsonNode audit = as(a, login(a, "admin"), "/api/audit?targetId=" + sharedId).get(JsonNode.class);
            assertThat(audit.toString()).contains("savedsearch.create").contains("savedsearch.update")
                    .contains("savedsearch.unshare");
        } finally {
            a.after();
        }
    }

    private static long matchesLast24h(DropwizardTestSupport<?> node, String token, String id) {
        return as(node, token, "/api/saved-searches/" + id).get(JsonNode.class).get("matchesLast24h").asLong();
    }

    private static ScoredPost post(String id, String text, Instant at) {
        return new ScoredPost(1, "test:" + id, ScoredPost.KIND_POST, "test:feed", "https://example.org/" + id,
                "p_" + id, text, "en", at, at, null, null, null, null, null, "n-" + id.charAt(0), null, null);
    }

    private static void send(List<ScoredPost> posts) throws Exception {
        Topic<String, ScoredPost> topic = Topics.POSTS_SCORED;
        try (KafkaProducer<String, ScoredPost> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (ScoredPost post : posts) {
                producer.send(new ProducerRecord<>(topic.name(), post.postId(), post));
            }
            producer.flush();
        }
    }

    private static String login(DropwizardTestSupport<?> node, String username) {
        try (Response response = client.target(url(node, "/api/auth/login")).request()
                .post(Entity.json(Map.of("username", username, "password", TestApps.DEV_PASSWORD)))) {
            assertThat(response.getStatus()).isEqualTo(200);
            return response.readEntity(JsonNode.class).get("token").asText();
        }
    }

    private static Invocation.Builder as(DropwizardTestSupport<?> node, String token, String path) {
        return client.target(url(node, path)).request().header("Authorization", "Bearer " + token);
    }

    private static String url(DropwizardTestSupport<?> node, String path) {
        return "http://127.0.0.1:" + node.getLocalPort() + path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
