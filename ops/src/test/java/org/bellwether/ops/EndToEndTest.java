package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bellwether.collectors.demo.DemoFiles;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.collectors.demo.Scenario;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.bellwether.model.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on real parts: 2,000 demo posts and malformed records replayed from a file, plus records written
 * straight to {@code posts.raw} (valid, exact duplicates, and malformed for the processor), through the in-process
 * broker, the processor, the api's Lucene replica and PostgreSQL, asserted over HTTP with exact counts.
 */
class EndToEndTest {
    private static final int REPLAYED_POSTS = 2_000;
    private static final int DIRECT_POSTS = 5;
    private static final int VALID_POSTS = REPLAYED_POSTS + DIRECT_POSTS;

    @TempDir
    static Path dir;
    private static DevStack stack;
    private static final List<DemoFiles.Malformed> replayedMalformed = new ArrayList<>();
    private static final Map<String, String> directMalformed = new LinkedHashMap<>();
    /** Every author handle the replayed demo posts carry, in their author field and their URLs. */
    private static final java.util.Set<String> handles = new java.util.TreeSet<>();

    @BeforeAll
    static void startAndFeed() throws Exception {
        stack = DevStack.start();
        Path file = writeReplayFile(dir.resolve("city.jsonl"));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        // the three days re-based to end now: March's posts would be older than the raw-text retention
        String start = Instant.now().minus(Duration.ofHours(72)).toString();
        int exit = ReplayCommand.run(new String[] {"--file", file.toString(), "--demo-fields", "--source", "demo",
                "--rebase-to", start, "--bootstrap", stack.bootstrapServers()}, new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(exit).as(output.toString(StandardCharsets.UTF_8)).isZero();
        writeDirectly();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyValidPostIsSearchableExactlyOnce() {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(postTotal("")).isEqualTo(VALID_POSTS));
        assertThat(postTotal("?q=" + DevStack.encode("\"Port Lucena\" OR shelter OR market"))).isPositive();
        assertThat(postTotal("?source=e2e")).as("posts written straight to Kafka, duplicates dropped")
                .isEqualTo(DIRECT_POSTS);
    }

    @Test
    void theAdminPortServesTheIndexersAndSourcesMetricsInThePrometheusFormat() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            java.net.http.HttpResponse<String> scrape = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(stack.adminUrl() + "/metrics/prometheus")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body()).contains("# TYPE bellwether_index_lag_records gauge",
                    "# TYPE bellwether_index_records_indexed_total counter",
                    "# TYPE bellwether_collector_records_collected_total counter");
            assertThat(scrape.body()).containsPattern("(?m)^bellwether_index_records_indexed_total [1-9]");
        });
    }

    @Test
    void narrativeCountsAddUpToTheValidPosts() {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(sumOfNarrativePostCounts()).isEqualTo(VALID_POSTS));
        DevStack.Response flagged = stack.get("officer", "/api/narratives?flagged=true");
        assertThat(flagged.json().path("total").asLong()).as("the demo's harmful storylines are flagged")
                .isPositive();
    }

    @Test
    void everyMalformedRecordIsDeadLetteredWithItsReason() {
        int expected = replayedMalformed.size() + directMalformed.size();
        List<DeadLetter> letters = new ArrayList<>();
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            letters.clear();
            letters.addAll(readDeadLetters());
            assertThat(letters).hasSize(expected);
        });
        List<DeadLetter> collected = letters.stream().filter(l -> l.stage().equals("collect")).toList();
        assertThat(collected).extracting(DeadLetter::reason)
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
        for (DemoFiles.Malformed kind : replayedMalformed.stream().distinct().toList()) {
            long written = replayedMalformed.stream().filter(kind::equals).count();
            assertThat(collected.stream().filter(l -> l.reason().contains(kind.reason())).count())
                    .as("dead letters for %s", kind).isGreaterThanOrEqualTo(written);
        }
        directMalformed.forEach((key, reason) -> assertThat(letters)
                .filteredOn(l -> key.equals(l.key()))
                .singleElement()
                .satisfies(letter -> {
                    assertThat(letter.stage()).isEqualTo("validate");
                    assertThat(letter.reason()).contains(reason);
                    assertThat(letter.sourceTopic()).isEqualTo("posts.raw");
                    assertThat(letter.originalBytes()).isNotEmpty();
                }));
    }

    @Test
    void noAuthorHandleReachesAnyRoleAndOfficersOpenOriginalsThroughTheAuditedActionOnly() {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(postTotal("")).isEqualTo(VALID_POSTS));
        List<String> seen = new ArrayList<>();
        String demoPostId = null;
        for (int page = 0; page * 100 < VALID_POSTS; page++) {
            DevStack.Response hits = stack.get("analyst", "/api/search/posts?pageSize=100&page=" + page);
            seen.add(hits.text());
            for (JsonNode hit : hits.json().path("hits")) {
                if (demoPostId == null && hit.path("source").asText().equals("demo")) {
                    demoPostId = hit.path("postId").asText();
                }
            }
        }
        for (int page = 0; page < 20; page++) {
            DevStack.Response narratives = stack.get("officer", "/api/narratives?pageSize=100&page=" + page);
            seen.add(narratives.text());
            for (JsonNode hit : narratives.json().path("hits")) {
                seen.add(stack.get("analyst", "/api/narratives/" + hit.path("narrative").path("narrativeId").asText())
                        .text());
            }
            if (narratives.json().path("hits").size() < 100) {
                break;
            }
        }
        seen.add(stack.get("analyst", "/api/search/narratives?pageSize=100").text());
        seen.add(stack.get("analyst", "/api/search/posts/export?format=csv").text());
        seen.add(stack.get("analyst", "/api/search/posts/export?format=json").text());
        assertThat(seen).allSatisfy(text -> assertThat(text).isNotBlank());
        for (String text : seen) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            assertThat(handles).noneSatisfy(handle -> assertThat(lower).contains(handle));
        }

        DevStack.Response wildcard = stack.get("analyst", "/api/search/posts?q="
                + DevStack.encode("url:ht*" + handles.iterator().next() + "*"));
        assertThat(wildcard.status()).isEqualTo(400);
        assertThat(wildcard.json().path("detail").asText()).contains("links are matched whole only");

        assertThat(demoPostId).isNotNull();
        String original = "/api/posts/" + DevStack.encode(demoPostId) + "/original";
        assertThat(stack.get("officer", original).status()).as("a reason is required").isEqualTo(400);
        DevStack.Response opened = stack.get("officer", original + "?reason=" + DevStack.encode("verify"));
        assertThat(opened.status()).isEqualTo(303);
        String location = opened.headers().get("location").get(0);
        assertThat(handles).anySatisfy(handle -> assertThat(location.toLowerCase(java.util.Locale.ROOT))
                .contains("/@" + handle + "/"));
        for (String role : List.of("analyst", "messenger")) {
            DevStack.Response refused = stack.get(role, original + "?reason=" + DevStack.encode("verify"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.headers()).doesNotContainKey("location");
        }
    }

    @Test
    void aBriefingSentToAMessengerCarriesNoAuthorHandle() {
        JsonNode triageCase = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> stack.get("officer", "/api/triage?state=new").json().path("hits").path(0),
                        found -> !found.isMissingNode());
        String caseId = triageCase.path("id").asText();
        DevStack.Response acknowledged = stack.request("officer", "POST", "/api/triage/bulk", "application/json",
                Json.writeString(Map.of("caseIds", List.of(caseId), "to", "acknowledged")));
        assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(200);
        String messengerId = stack.get("messenger", "/api/messengers/me").json().path("id").asText();
        DevStack.Response offered = stack.request("officer", "POST", "/api/assignments", "application/json",
                Json.writeString(Map.of("narrativeId", triageCase.path("narrativeId").asText(),
                        "messengerId", messengerId)));
        assertThat(offered.status()).as(offered.text()).isEqualTo(201);
        String assignment = "/api/assignments/" + offered.json().path("id").asText();
        DevStack.Response briefing = stack.get("messenger", assignment + "/briefing");
        DevStack.Response page = stack.get("messenger", assignment + "/briefing.html");
        assertThat(briefing.status()).isEqualTo(200);
        assertThat(page.status()).isEqualTo(200);
        assertThat(briefing.json().path("posts").size()).as(briefing.text()).isPositive();
        for (String text : List.of(briefing.text(), page.text())) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            assertThat(handles).noneSatisfy(handle -> assertThat(lower).contains(handle));
        }
    }

    @Test
    void aQuerySyntaxErrorIsAClearBadRequest() {
        DevStack.Response response = stack.get("analyst", "/api/search/posts?q=" + DevStack.encode("\"unbalanced"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asText()).isNotBlank();
    }

    @Test
    void everyHealthCheckIsHealthy() {
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            DevStack.Response health = stack.admin("/healthcheck");
            assertThat(health.status()).as(health.text()).isEqualTo(200);
        });
    }

    @Test
    void nothingWasLoggedAsAnError() {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() ->
                postTotal("") == VALID_POSTS);
        org.slf4j.LoggerFactory.getLogger("end-to-end").error("probe: the capture sees errors");
        assertThat(stack.loggedErrors()).containsExactly("end-to-end: probe: the capture sees errors");
    }

    private static long postTotal(String query) {
        DevStack.Response response = stack.get("analyst", "/api/search/posts" + query
                + (query.isEmpty() ? "?" : "&") + "pageSize=1");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().path("total").asLong();
    }

    private static long sumOfNarrativePostCounts() {
        long sum = 0;
        for (int page = 0; ; page++) {
            DevStack.Response response = stack.get("analyst", "/api/narratives?pageSize=100&page=" + page);
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            JsonNode hits = response.json().path("hits");
            for (JsonNode hit : hits) {
                sum += hit.path("narrative").path("postCount").asLong();
            }
            if (hits.size() < 100) {
                return sum;
            }
        }
    }

    /** 2,000 demo posts in time order with ten malformed lines spread through them. */
    private static Path writeReplayFile(Path file) throws Exception {
        Scenario scenario = DemoScenario.generate(new DemoSettings(7, DemoSettings.DEFAULT_START, 72, 400, 0.4));
        assertThat(scenario.posts().size()).isGreaterThanOrEqualTo(REPLAYED_POSTS);
        Scenario first = new Scenario(scenario.settings(), scenario.posts().subList(0, REPLAYED_POSTS), List.of());
        first.posts().forEach(post -> handles.add(post.post().authorHandle().toLowerCase(java.util.Locale.ROOT)));
        assertThat(first.posts()).as("the demo's post URLs carry their author's handle")
                .anySatisfy(post -> assertThat(post.post().url()).contains("/@" + post.post().authorHandle() + "/"));
        DemoFiles.Written written = DemoFiles.writeJsonl(first, file, 10);
        assertThat(written.posts()).isEqualTo(REPLAYED_POSTS);
        replayedMalformed.addAll(written.malformed());
        return file;
    }

    /** Valid posts (each sent twice: sources repeat themselves) and records only the processor can reject. */
    private static void writeDirectly() throws Exception {
        directMalformed.put("e2e:garbage", "not a valid RawPost");
        directMalformed.put("e2e:future", "unsupported schemaVersion 99");
        directMalformed.put("e2e:no-text", "missing required field");
        directMalformed.put("e2e:blank", "empty text");
        Instant now = Instant.now();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            for (int copy = 0; copy < 2; copy++) {
                for (int i = 1; i <= DIRECT_POSTS; i++) {
                    RawPost post = RawPost.of("e2e", "d" + i, null, "@resident" + i,
                            "Bus line " + i + " to Eastgate is running late again this morning", "en", now, now);
                    producer.send(new ProducerRecord<>(Topics.POSTS_RAW.name(), post.key(), Json.write(post))).get();
                }
            }
            send(producer, "e2e:garbage", new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
            send(producer, "e2e:future", ("{\"schemaVersion\":99,\"source\":\"e2e\",\"sourceId\":\"f\","
                    + "\"text\":\"hello\",\"createdAt\":\"2026-03-10T12:00:00Z\"}").getBytes(StandardCharsets.UTF_8));
            send(producer, "e2e:no-text", "{\"source\":\"e2e\",\"sourceId\":\"n\",\"createdAt\":\"2026-03-10T12:00:00Z\"}"
                    .getBytes(StandardCharsets.UTF_8));
            send(producer, "e2e:blank", ("{\"source\":\"e2e\",\"sourceId\":\"b\",\"text\":\" \\u200b \","
                    + "\"createdAt\":\"2026-03-10T12:00:00Z\"}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.POSTS_RAW.name(), key, value)).get();
    }

    private static List<DeadLetter> readDeadLetters() {
        return CommittedRecords.of(stack.bootstrapServers(), Topics.POSTS_DLQ.name()).stream()
                .map(record -> Json.read(record.value(), DeadLetter.class)).toList();
    }
}
