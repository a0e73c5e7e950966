package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.Narratives;
import org.bellwether.api.support.TestApps;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.Alert;
import org.bellwether.model.Json;
import org.bellwether.model.ResponseEvent;
import org.bellwether.model.Severity;
import org.bellwether.model.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a real in-process broker: alerts become triage cases once each (a redelivered alert changes nothing, a
 * malformed record is skipped), and a recorded response reaches the responses topic exactly once.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class KafkaIntegrationTest {
    static final InProcessKafka KAFKA = startKafka();
    static final FakeSearchService SEARCH = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> APP = TestApps.app(SEARCH,
            ConfigOverride.config("kafka.enabled", "true"),
            ConfigOverride.config("kafka.bootstrapServers", KAFKA.bootstrapServers()),
            ConfigOverride.config("notifications.outbox.pollInterval", "100ms"));

    static InProcessKafka startKafka() {
        InProcessKafka kafka = InProcessKafka.temporary().start();
        kafka.createTopics(Map.of(Topics.ALERTS.name(), false, Topics.RESPONSES.name(), false), 1);
        return kafka;
    }

    @AfterAll
    static void stopKafka() {
        KAFKA.close();
    }

    @Test
    void alertsBecomeCasesOnceAndResponsesArePublishedOnce() throws Exception {
        SEARCH.put(Narratives.simple("k-1", "Kafka narrative", 0.9, true));
        Alert alert = Alerts.alert("k-1", Severity.CRITICAL, Instant.now());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ALERTS.name(), "k-1", Json.write(alert))).get();
            producer.send(new ProducerRecord<>(Topics.ALERTS.name(), "bad", "{not json".getBytes(
                    StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(Topics.ALERTS.name(), "k-1", Json.write(alert))).get();
            Alert second = Alerts.alert("k-1", Severity.HIGH, Instant.now());
            producer.send(new ProducerRecord<>(Topics.ALERTS.name(), "k-1", Json.write(second))).get();
        }
        String officer = TestApps.login(APP, "officer", TestApps.DEV_PASSWORD);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode queue = TestApps.as(APP, officer, "/api/triage").get(JsonNode.class);
            return queue.get("total").asInt() == 1 && queue.get("hits").get(0).get("flagCount").asInt() == 2;
        });
        JsonNode triageCase = TestApps.as(APP, officer, "/api/triage").get(JsonNode.class).get("hits").get(0);
        assertThat(triageCase.get("severity").asText()).isEqualTo("critical");

        // acknowledge, assign, and answer as the messenger
        UUID caseId = UUID.fromString(triageCase.get("id").asText());
        try (Response r = TestApps.as(APP, officer, "/api/triage/" + caseId + "/transitions")
                .header("If-Match", "\"" + triageCase.get("version").asLong() + "\"")
                .post(Entity.json(Map.of("to", "acknowledged")))) {
            assertThat(r.getStatus()).isEqualTo(200);
        }
        String messenger = TestApps.login(APP, "messenger", TestApps.DEV_PASSWORD);
        String messengerId = TestApps.as(APP, messenger, "/api/messengers/me").get(JsonNode.class).get("id").asText();
        JsonNode offered = TestApps.as(APP, officer, "/api/assignments").post(Entity.json(Map.of(
                "narrativeId", "k-1", "messengerId", messengerId)), JsonNode.class);
        String id = offered.get("id").asText();
        long version = offered.get("version").asLong();
        for (String step : List.of("accept", "start")) {
            try (Response r = TestApps.as(APP, messenger, "/api/assignments/" + id + "/" + step)
                    .header("If-Match", "\"" + version++ + "\"").post(null)) {
                assertThat(r.getStatus()).isEqualTo(200);
            }
        }
        try (Response r = TestApps.as(APP, messenger, "/api/assignments/" + id + "/respond")
                .header("If-Match", "\"" + version + "\"").post(Entity.json(Map.of(
                        "channel", "radio", "description", "Morning show", "language", "en",
                        "estimatedReach", 5000)))) {
            assertThat(r.getStatus()).isEqualTo(200);
        }

        List<ResponseEvent> events;
        try (CommittedRecords responses = CommittedRecords.fromBeginning(KAFKA.bootstrapServers(),
                Topics.RESPONSES.name())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> !responses.poll().isEmpty());
            // nothing more arrives once the outbox is empty
            Alerts db = new Alerts(APP.getConfiguration().getDatabase().getUrl());
            await().atMost(Duration.ofSeconds(30)).until(() -> db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM outbox WHERE delivered_at IS NULL").mapTo(Integer.class).one()) == 0);
            responses.readUntilQuiet(Duration.ofMillis(500));
            events = responses.values(Topics.RESPONSES.valueSerde().deserializer());
        }
        assertThat(events).hasSize(1);
        assertThat(events.get(0).narrativeId()).isEqualTo("k-1");
        assertThat(events.get(0).assignmentId()).isEqualTo(id);
        assertThat(events.get(0).channel()).isEqualTo("radio");
        assertThat(events.get(0).estimatedReach()).isEqualTo(5000L);

        Response health = APP.client().target("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck").request()
                .get();
        JsonNode checks = Json.read(health.readEntity(String.class), JsonNode.class);
        assertThat(checks.get("kafka").get("healthy").asBoolean()).isTrue();
        assertThat(checks.get("alerts").get("healthy").asBoolean()).isTrue();
    }
}
