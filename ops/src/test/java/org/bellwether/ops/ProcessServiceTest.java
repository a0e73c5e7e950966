package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.ingest.provisioning.ProvisioningSettings;
import org.bellwether.ingest.provisioning.TopicProvisioner;
import org.bellwether.model.CityMap;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.bellwether.model.Topics;
import org.bellwether.processor.ProcessorSettings;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code process} as a service against the in-process broker, its admin port on a free loopback port: the
 * Prometheus scrape holds the metric families with live values, and the health check follows Kafka Streams' state.
 */
class ProcessServiceTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static InProcessKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startKafka() {
        kafka = InProcessKafka.temporary().start();
        try (Admin admin = kafka.admin()) {
            new TopicProvisioner(admin, new ProvisioningSettings("", 1, 2, false).keepingForever()).apply();
        }
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void scrapesLiveMetricsAndReportsUnhealthyWhenStreamsStops() throws Exception {
        ProcessRole role = new ProcessRole(ProcessorSettings.forCity(
                "process-service-pseudonym-key".getBytes(StandardCharsets.UTF_8), CityMap.sample(), false),
                kafka.bootstrapServers(), dir.resolve("state"));
        CompletableFuture<Server> started = new CompletableFuture<>();
        role.application(RoleApplication.adminOnly("127.0.0.1", 0), started::complete).start();
        Server server = started.join();
        try {
            String admin = "http://127.0.0.1:" + RoleApplication.adminPort(server);
            await().atMost(Duration.ofSeconds(60)).until(() -> get(admin + "/healthcheck").statusCode() == 200);

            String scrape = get(admin + "/metrics/prometheus").body();
            assertThat(scrape).contains("# TYPE bellwether_posts_processed_total counter",
                    "bellwether_consumer_lag_records ", "bellwether_dlq_records_total ",
                    "bellwether_pipeline_scored_total ", "bellwether_step_latency_normalise",
                    "bellwether_step_latency_enrich_and_score", "bellwether_step_latency_place_in_narrative",
                    "jvm_memory_heap_used");
            double before = value(scrape, "bellwether_posts_processed_total");

            send(5);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                String now = get(admin + "/metrics/prometheus").body();
                assertThat(value(now, "bellwether_posts_processed_total")).isEqualTo(before + 6);
                assertThat(value(now, "bellwether_dlq_records_total")).isEqualTo(1);
                assertThat(value(now, "bellwether_step_latency_normalise_count")).isEqualTo(5);
                assertThat(value(now, "bellwether_consumer_lag_records")).isGreaterThanOrEqualTo(0);
            });

            role.processor().close();
            HttpResponse<String> health = get(admin + "/healthcheck");
            assertThat(health.statusCode()).isEqualTo(500);
            assertThat(health.body()).contains("\"processor\"").contains("processor is NOT_RUNNING");
        } finally {
            server.stop();
        }
    }

    /** Five posts and one record the processor dead-letters. */
    private static void send(int posts) throws Exception {
        Instant now = Instant.now();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 1; i <= posts; i++) {
                RawPost post = RawPost.of("metrics", "m" + i, null, "@resident" + i,
                        "Tram " + i + " to the harbour is late again", "en", now, now);
                producer.send(new ProducerRecord<>(Topics.POSTS_RAW.name(), post.key(), Json.write(post))).get();
            }
            producer.send(new ProducerRecord<>(Topics.POSTS_RAW.name(), "metrics:garbage",
                    new byte[] {(byte) 0xff, 'x'})).get();
        }
    }

    /** The value of a sample without labels in a Prometheus text scrape. */
    private static double value(String scrape, String sample) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(scrape);
        assertThat(matcher.find()).as("sample %s in the scrape", sample).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
