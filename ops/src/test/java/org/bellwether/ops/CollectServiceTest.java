package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.ingest.provisioning.ProvisioningSettings;
import org.bellwether.ingest.provisioning.TopicProvisioner;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code collect} as a service: its admin port's health and metrics, and its refusal to start without topics. */
class CollectServiceTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static InProcessKafka kafka;

    @BeforeAll
    static void startKafka() {
        kafka = InProcessKafka.temporary().start();
        try (Admin admin = kafka.admin()) {
            new TopicProvisioner(admin, new ProvisioningSettings("", 1, 1, false)).apply();
        }
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void servesHealthAndTheSourcesCountersOnItsAdminPort() throws Exception {
        CollectCommand command = command("--bootstrap", kafka.bootstrapServers(), "--admin-port", "0", "--no-sync");
        CompletableFuture<Server> started = new CompletableFuture<>();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        command.start(new PrintStream(output, true, StandardCharsets.UTF_8), started::complete);
        Server server = started.join();
        try {
            String admin = "http://127.0.0.1:" + RoleApplication.adminPort(server);
            await().atMost(Duration.ofSeconds(60)).until(() -> get(admin + "/healthcheck").statusCode() == 200);
            assertThat(get(admin + "/healthcheck").body()).contains("\"kafka\"", "\"collectors\"");
            assertThat(get(admin + "/metrics/prometheus").body()).contains(
                    "# TYPE bellwether_collector_records_collected_total counter",
                    "# TYPE bellwether_dlq_records_total counter", "jvm_memory_heap_used");
        } finally {
            server.stop();
        }
    }

    @Test
    void refusesToStartWhenItsTopicsAreMissing() {
        CollectCommand command = command("--bootstrap", kafka.bootstrapServers(), "--admin-port", "0",
                "--topic-prefix", "unprovisioned.");
        assertThatThrownBy(() -> command.start(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), server -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("collect refuses to start: missing topics unprovisioned.posts.raw")
                .hasMessageContaining("bellwether topics apply");
    }

    private static CollectCommand command(String... args) {
        CollectCommand command = new CollectCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
