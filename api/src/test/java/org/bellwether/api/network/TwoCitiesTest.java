package org.bellwether.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.FakeSearchService;
import org.bellwether.api.support.TestApps;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeMetrics;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.NarrativeSignatures;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.RepresentativePost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Severity;
import org.bellwether.model.Topics;
import org.bellwether.model.VolumeBucket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two cities on one broker, under two topic prefixes, each writing its own {@code network.signatures.<city>} and
 * reading every city's: city A flags, answers and shares a narrative; city B, which has the same narrative unflagged,
 * gets an early warning in its triage queue, sees A's playbook and outcome on the narrative, and imports the
 * playbook. Nothing personal crosses, field by field. Replayed, forged and untrusted records are quarantined, not
 * matched; the topic of a city that joins later is found.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TwoCitiesTest {
    static final String TOPIC_A = Topics.NETWORK_SIGNATURES.member("citya").name();
    static final String TOPIC_B = Topics.NETWORK_SIGNATURES.member("cityb").name();
    static final InProcessKafka KAFKA = startKafka();
    static final KeyPair KEY_A = NarrativeSignatures.newKeyPair();
    static final KeyPair KEY_B = NarrativeSignatures.newKeyPair();
    static final FakeSearchService SEARCH_A = new FakeSearchService();
    static final FakeSearchService SEARCH_B = new FakeSearchService();
    static final DropwizardAppExtension<BellwetherConfiguration> CITY_A = city("citya", KEY_A, SEARCH_A);
    static final DropwizardAppExtension<BellwetherConfiguration> CITY_B = city("cityb", KEY_B, SEARCH_B);
    static final String PERSONAL_TEXT = "Call Maria Rossi on +44 7700 900123, she lives on Harbour Street";

    static InProcessKafka startKafka() {
        InProcessKafka kafka = InProcessKafka.temporary().start();
        Map<String, Boolean> topics = new LinkedHashMap<>();
        for (String prefix : List.of("citya.", "cityb.")) {
            Topics.all().forEach(topic -> topics.put(prefix + topic.name(), topic.compacted()));
        }
        topics.put(TOPIC_A, false);
        topics.put(TOPIC_B, false);
        kafka.createTopics(topics, 1);
        return kafka;
    }

    static DropwizardAppExtension<BellwetherConfiguration> city(String name, KeyPair key, FakeSearchService search) {
        String prefix = name + ".";
        return TestApps.app(search, prefix,
                ConfigOverride.config(prefix, "kafka.enabled", "true"),
                ConfigOverride.config(prefix, "kafka.bootstrapServers", KAFKA.bootstrapServers()),
                ConfigOverride.config(prefix, "kafka.topicPrefix", name + "."),
                ConfigOverride.config(prefix, "kafka.groupId", "bellwether-" + name),
                ConfigOverride.config(prefix, "notifications.outbox.pollInterval", "100ms"),
                ConfigOverride.config(prefix, "network.enabled", "true"),
                ConfigOverride.config(prefix, "network.city", name),
                ConfigOverride.config(prefix, "network.privateKey",
                        NarrativeSignatures.encodePrivate(key.getPrivate())),
                ConfigOverride.config(prefix, "network.publicKey", NarrativeSignatures.encodePublic(key.getPublic())),
                ConfigOverride.config(prefix, "network.matchInterval", "500ms"),
                ConfigOverride.config(prefix, "network.topicRefresh", "1s"));
    }

    @AfterAll
    static void stopKafka() {
        KAFKA.close();
    }

    @Test
    void cityBIsWarnedBeforeItsOwnFlagAndLearnsFromCityAWithoutAnythingPersonal() throws Exception {
        String adminA = TestApps.login(CITY_A, "admin", TestApps.DEV_PASSWORD);
        String adminB = TestApps.login(CITY_B, "admin", TestApps.DEV_PASSWORD);
        trust(CITY_A, adminA, "cityb", identity(CITY_B, adminB));
        trust(CITY_B, adminB, "citya", identity(CITY_A, adminA));

        // city A: the narrative is flagged, answered with its misinformation playbook, and slowed from 10 to 6/h
        try (Response r = TestApps.as(CITY_A, adminA, "/api/playbooks").post(Entity.json(Map.of(
                "category", "misinformation", "language", "en", "title", "Dam safety facts",
                "talkingPoints", List.of("The dam was inspected last week"), "dos", List.of("Link the report"))))) {
            assertThat(r.getStatus()).isEqualTo(201);
        }
        SEARCH_A.put(narrative("a-1", List.of("dam", "burst", "flood", "rumour", "riverside", "@maria_r"), true, 25,
                List.of(), Instant.now().plus(3, ChronoUnit.HOURS)));
        SEARCH_A.put(narrative("a-small", List.of("dam", "burst", "flood", "rumour"), true, 5, List.of(),
                Instant.now()));
        Alerts casesA = new Alerts(CITY_A.getConfiguration().getDatabase().getUrl());
        casesA.flag("a-1");
        casesA.flag("a-small");
        Instant respondedAt = respond(casesA.caseOf("a-1"));
        Instant pivot = respondedAt.truncatedTo(ChronoUnit.HOURS);
        SEARCH_A.put(narrative("a-1", List.of("dam", "burst", "flood", "rumour", "riverside", "@maria_r"), true, 25,
                Map.of("dam-burst-hoax", 9L), List.of(new VolumeBucket(pivot.minus(2, ChronoUnit.HOURS), 10),
                        new VolumeBucket(pivot.minus(1, ChronoUnit.HOURS), 10),
                        new VolumeBucket(pivot, 6), new VolumeBucket(pivot.plus(1, ChronoUnit.HOURS), 6)),
                pivot.plus(2, ChronoUnit.HOURS)));

        // city B has the same narrative, not flagged yet, and an unrelated one
        SEARCH_B.put(narrative("b-1", List.of("flood", "dam", "burst", "rumour", "reservoir"), false, 30, List.of(),
                Instant.now()));
        SEARCH_B.put(narrative("b-2", List.of("election", "ballot", "fraud", "count"), false, 30, List.of(),
                Instant.now()));

        String officerA = TestApps.login(CITY_A, "officer", TestApps.DEV_PASSWORD);
        JsonNode withheld = TestApps.as(CITY_A, officerA, "/api/network/narratives/a-small/share").post(null,
                JsonNode.class);
        assertThat(withheld.get("outcome").asText()).isEqualTo("withheld");
        assertThat(withheld.has("signature")).isFalse();
        JsonNode shared = TestApps.as(CITY_A, officerA, "/api/network/narratives/a-1/share").post(null,
                JsonNode.class);
        assertThat(shared.get("outcome").asText()).isEqualTo("shared");

        // B: an early-warning case for b-1, before B flagged it, none for b-2
        String officerB = TestApps.login(CITY_B, "officer", TestApps.DEV_PASSWORD);
        await().atMost(Duration.ofSeconds(60)).until(() -> triageLabels(CITY_B, officerB).size() == 1);
        assertThat(triageLabels(CITY_B, officerB)).containsExactly("Early warning from citya: label of b-1");
        Alerts casesB = new Alerts(CITY_B.getConfiguration().getDatabase().getUrl());
        assertThat(strings(casesB, "SELECT rule FROM triage_alerts")).containsExactly(NetworkMatching.RULE);

        // B sees where it was seen, A's playbook and outcome
        JsonNode matches = TestApps.as(CITY_B, officerB, "/api/network/narratives/b-1/matches").get(JsonNode.class);
        assertThat(matches).hasSize(1);
        JsonNode match = matches.get(0);
        assertThat(match.get("city").asText()).isEqualTo("citya");
        assertThat(match.get("earlyWarning").asBoolean()).isTrue();
        assertThat(match.get("summary").asText()).isEqualTo("Seen in citya today, in 2 languages; their response cut "
                + "its velocity by 40% (playbook \u201cDam safety facts\u201d, misinformation/en v2).");  // v1: demo data
        assertThat(match.get("velocityChange").asDouble()).isCloseTo(-0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(match.get("claimIds")).hasSize(1);
        assertThat(match.get("claimIds").get(0).asText()).isEqualTo("dam-burst-hoax");
        assertThat(match.get("playbook").get("talkingPoints").get(0).asText())
                .isEqualTo("The dam was inspected last week");
        assertThat(TestApps.as(CITY_B, officerB, "/api/network/narratives/b-2/matches").get(JsonNode.class))
                .isEmpty();

        // the officer imports A's playbook into B's library
        try (Response r = TestApps.as(CITY_B, officerB, "/api/network/matches/" + match.get("id").asLong()
                + "/import-playbook").post(null)) {
            assertThat(r.getStatus()).isEqualTo(201);
        }
        JsonNode playbooksB = TestApps.as(CITY_B, officerB, "/api/playbooks").get(JsonNode.class);
        assertThat(playbooksB.findValuesAsText("title")).contains("From citya: Dam safety facts");

        // nothing personal crossed: the one record on A's topic, field by field
        List<ConsumerRecord<String, byte[]>> records = CommittedRecords.of(KAFKA.bootstrapServers(), TOPIC_A);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo("citya:a-1");
        String wire = new String(records.get(0).value(), StandardCharsets.UTF_8);
        JsonNode json = Json.read(records.get(0).value(), JsonNode.class);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("schemaVersion", "city", "narrativeId", "topTerms", "urlHashes",
                "claimIds", "harm", "languages", "firstSeen", "peakVelocity", "playbook", "sharedAt", "signature");
        NarrativeSignature signature = Json.read(records.get(0).value(), NarrativeSignature.class);
        assertThat(signature.topTerms()).isEqualTo(Map.of("en", List.of("dam", "burst", "flood"),
                "es", List.of("rumour")));
        assertThat(signature.urlHashes()).containsExactly(NarrativeSignatures.sha256("https://news.example/a-1"));
        assertThat(signature.claimIds()).containsExactly("dam-burst-hoax");
        assertThat(signature.languages()).containsExactly("en", "es");
        assertThat(signature.harm()).containsOnlyKeys(HarmCategory.MISINFORMATION);
        assertThat(signature.playbook().velocityBefore()).isEqualTo(10.0);
        assertThat(signature.playbook().velocityAfter()).isEqualTo(6.0);
        assertThat(NarrativeSignatures.verify(signature, KEY_A.getPublic())).isTrue();
        for (String personal : List.of("Maria", "maria", "Rossi", "7700", "Harbour", "anon-", "Riverside",
                "riverside", "social.example", "news.example", "label of", "demo:", "officer", "messenger")) {
            assertThat(wire).doesNotContain(personal);
        }

        // replayed, forged and untrusted records are quarantined with the reason, and match nothing: A's own record
        // on B's topic (all B could write), a record in A's name that A's key did not sign on A's topic (all the
        // broker lets through there), and a record from a city that joins later, on its own topic
        NarrativeSignature forged = new NarrativeSignature(signature.schemaVersion(), "citya", "a-forged",
                Map.of("*", List.of("election", "ballot", "fraud", "count")), List.of(), List.of(), signature.harm(),
                signature.languages(), signature.firstSeen(), 99, null, Instant.now(), signature.signature());
        KeyPair stranger = NarrativeSignatures.newKeyPair();
        NarrativeSignature untrusted = NarrativeSignatures.sign(new NarrativeSignature(SchemaVersion.CURRENT, "cityz",
                "z-1", Map.of("*", List.of("election", "ballot", "fraud", "count")), List.of(), List.of(), Map.of(),
                List.of("en"), Instant.now(), 50, null, Instant.now(), null), stranger.getPrivate());
        String topicZ = Topics.NETWORK_SIGNATURES.member("cityz").name();
        KAFKA.createTopics(Map.of(topicZ, false), 1);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC_B, signature.key(), records.get(0).value())).get();
            producer.send(new ProducerRecord<>(TOPIC_A, forged.key(), Json.write(forged))).get();
            producer.send(new ProducerRecord<>(topicZ, untrusted.key(), Json.write(untrusted))).get();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> TestApps.as(CITY_B, adminB, "/api/network/quarantine")
                .get(JsonNode.class).size() == 3);
        JsonNode quarantined = TestApps.as(CITY_B, adminB, "/api/network/quarantine").get(JsonNode.class);
        assertThat(quarantined.findValuesAsText("reason")).containsExactlyInAnyOrder("city does not match topic",
                "bad signature", "unknown city");
        assertThat(strings(casesB, "SELECT reason FROM network_quarantine")).hasSize(3);
        // A quarantines its record replayed on B's topic and the record forged in its name too
        await().atMost(Duration.ofSeconds(60)).until(() -> TestApps.as(CITY_A, adminA, "/api/network/quarantine")
                .get(JsonNode.class).findValuesAsText("reason")
                .containsAll(List.of("city does not match topic", "bad signature")));
        assertThat(TestApps.as(CITY_B, officerB, "/api/network/narratives/b-2/matches").get(JsonNode.class))
                .isEmpty();
        assertThat(triageLabels(CITY_B, officerB)).hasSize(1);
        assertThat(strings(casesB, "SELECT action FROM audit_log WHERE action LIKE 'network.%'")).contains("network.trust", "network.receive",
                "network.match", "network.quarantine", "network.import-playbook");
        assertThat(strings(casesA, "SELECT outcome FROM network_shares ORDER BY id")).containsExactly("withheld", "shared");

        // revoking A hides its matches and quarantines what it sends from now on
        try (Response r = TestApps.as(CITY_B, adminB, "/api/network/cities/citya/revoke").post(null)) {
            assertThat(r.getStatus()).isEqualTo(200);
        }
        assertThat(TestApps.as(CITY_B, officerB, "/api/network/narratives/b-1/matches").get(JsonNode.class))
                .isEmpty();
    }

    static Narrative narrative(String id, List<String> terms, boolean flagged, long authors,
                               List<VolumeBucket> series, Instant updatedAt) {
        return narrative(id, terms, flagged, authors, Map.of(), series, updatedAt);
    }

    static Narrative narrative(String id, List<String> terms, boolean flagged, long authors, Map<String, Long> claims,
                               List<VolumeBucket> series, Instant updatedAt) {
        Instant first = updatedAt.minus(6, ChronoUnit.HOURS);
        return new Narrative(SchemaVersion.CURRENT, id, "label of " + id, terms, List.of("Maria Rossi"),
                List.of("#dam"), List.of("https://news.example/" + id),
                List.of(new RepresentativePost("demo:" + id + "-1", PERSONAL_TEXT + " dam burst flood", "en",
                                "anon-1f2e", "https://social.example/@maria_r/1", first),
                        new RepresentativePost("demo:" + id + "-2", "el rumour de la presa", "es", "anon-3c4d",
                                null, first)),
                Map.of("en", 30L, "es", 12L), Map.of("Riverside", 25L), Map.of(HarmCategory.MISINFORMATION, 0.7),
                claims, 0.7, 0.0, 42, 5, authors, new NarrativeMetrics(6, 40, 6, 2, 1, 3, authors), series, 0.8, flagged, first,
                updatedAt, NarrativeStatus.ACTIVE, null, updatedAt);
    }

    static List<String> strings(Alerts database, String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    static JsonNode identity(DropwizardAppExtension<?> app, String admin) {
        return TestApps.as(app, admin, "/api/network/identity").get(JsonNode.class);
    }

    static void trust(DropwizardAppExtension<?> app, String admin, String city, JsonNode identity) {
        assertThat(identity.get("city").asText()).isEqualTo(city);
        try (Response r = TestApps.as(app, admin, "/api/network/cities/" + city).put(Entity.json(Map.of(
                "publicKey", identity.get("publicKey").asText(), "contact", "network desk of " + city)))) {
            assertThat(r.getStatus()).isEqualTo(200);
        }
    }

    static List<String> triageLabels(DropwizardAppExtension<?> app, String token) {
        return TestApps.as(app, token, "/api/triage").get(JsonNode.class).get("hits").findValuesAsText("label");
    }

    /** Acknowledge the case, assign the demo messenger, and record the response; returns when it was recorded. */
    static Instant respond(UUID caseId) {
        String officer = TestApps.login(CITY_A, "officer", TestApps.DEV_PASSWORD);
        JsonNode triageCase = TestApps.as(CITY_A, officer, "/api/triage/" + caseId).get(JsonNode.class)
                .get("triageCase");
        try (Response r = TestApps.as(CITY_A, officer, "/api/triage/" + caseId + "/transitions")
                .header("If-Match", "\"" + triageCase.get("version").asLong() + "\"")
                .post(Entity.json(Map.of("to", "acknowledged")))) {
            assertThat(r.getStatus()).isEqualTo(200);
        }
        String messenger = TestApps.login(CITY_A, "messenger", TestApps.DEV_PASSWORD);
        String messengerId = TestApps.as(CITY_A, messenger, "/api/messengers/me").get(JsonNode.class).get("id")
                .asText();
        JsonNode offered = TestApps.as(CITY_A, officer, "/api/assignments").post(Entity.json(Map.of(
                "narrativeId", "a-1", "messengerId", messengerId)), JsonNode.class);
        String id = offered.get("id").asText();
        long version = offered.get("version").asLong();
        for (String step : List.of("accept", "start")) {
            try (Response r = TestApps.as(CITY_A, messenger, "/api/assignments/" + id + "/" + step)
                    .header("If-Match", "\"" + version++ + "\"").post(null)) {
                assertThat(r.getStatus()).isEqualTo(200);
            }
        }
        Instant before = Instant.now();
        try (Response r = TestApps.as(CITY_A, messenger, "/api/assignments/" + id + "/respond")
                .header("If-Match", "\"" + version + "\"").post(Entity.json(Map.of(
                        "channel", "radio", "description", "Morning show", "language", "en",
                        "estimatedReach", 5000)))) {
            assertThat(r.getStatus()).isEqualTo(200);
        }
        return before;
    }
}
