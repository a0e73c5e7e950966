package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.awaitility.core.ConditionTimeoutException;
import org.bellwether.embedded.EmbeddedPostgresServer;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.ingest.provisioning.ProvisioningSettings;
import org.bellwether.ingest.provisioning.TopicProvisioner;
import org.bellwether.model.ContactCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive installs: unpacked into an empty folder, its launcher runs with only Java, and {@code server}
 * starts from the unpacked copy with the shipped {@code config/server.yml} against PostgreSQL and Kafka given
 * through the environment, as INSTALL.md describes. Runs after {@code package} (failsafe).
 */
class ReleaseArchiveIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void theUnpackedArchiveStartsTheServerWithOnlyJava() throws Exception {
        Path archive = Path.of(System.getProperty("bellwether.release.archive", "target/missing.tar.gz"));
        assertThat(archive).as("run `./mvnw package` first").exists();
        assertThat(run(List.of("tar", "xzf", archive.toString(), "-C", dir.toString()), Map.of(),
                dir.resolve("tar.log"))).isZero();
        Path home;
        try (Stream<Path> unpacked = Files.list(dir)) {
            home = unpacked.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(home.getFileName().toString()).startsWith("bellwether-");
        assertThat(home.resolve("bin/bellwether")).isExecutable();
        assertThat(home.resolve("INSTALL.md")).content().contains("systemd", "topics apply", "BELLWETHER_DB_URL");
        assertThat(home.resolve("config/server.yml")).exists();
        assertThat(home.resolve("config/process.env")).exists();
        assertThat(home.resolve("config/collect.env")).exists();
        assertThat(home.resolve("grafana/bellwether.json")).exists();

        Path help = dir.resolve("help.log");
        assertThat(run(List.of(home.resolve("bin/bellwether").toString(), "--help"), Map.of(), help)).isZero();
        assertThat(help).content().contains("server", "process", "collect", "topics");

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.temporary().start();
             InProcessKafka kafka = InProcessKafka.temporary().start()) {
            try (Admin admin = kafka.admin()) {
                new TopicProvisioner(admin, new ProvisioningSettings("", 1, 1, false)).apply();
            }
            int port = freePort();
            int adminPort = freePort();
            Map<String, String> environment = new java.util.HashMap<>(Map.of(
                    "BELLWETHER_DB_URL", postgres.createDatabase("bellwether"),
                    "BELLWETHER_DB_USER", EmbeddedPostgresServer.SUPERUSER,
                    "BELLWETHER_DB_PASSWORD", "",
                    "BELLWETHER_KAFKA", kafka.bootstrapServers(),
                    "BELLWETHER_INDEX_DIR", dir.resolve("index").toString(),
                    "BELLWETHER_CONTACT_ACTIVE_KEY_ID", "k2026a",
                    "BELLWETHER_CONTACT_KEY_K2026A", ContactCipher.newKey(),
                    "BELLWETHER_BIND_HOST", "127.0.0.1",
                    "BELLWETHER_PORT", String.valueOf(port),
                    "BELLWETHER_ADMIN_PORT", String.valueOf(adminPort)));
            environment.put("BELLWETHER_OFFER_KEY", ContactCipher.newKey());
            Process server = start(List.of(home.resolve("bin/bellwether").toString(), "server",
                    home.resolve("config/server.yml").toString()), environment, dir.resolve("server.log"));
            try {
                try {
                    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                            .until(() -> !server.isAlive()
                                    || status("http://127.0.0.1:" + adminPort + "/healthcheck") == 200);
                } catch (ConditionTimeoutException e) {
                    throw new AssertionError("server not healthy: " + Files.readString(dir.resolve("server.log")), e);
                }
                assertThat(server.isAlive()).as("server running: %s", Files.readString(dir.resolve("server.log")))
                        .isTrue();
                assertThat(status("http://127.0.0.1:" + port + "/api/openapi.json")).isEqualTo(200);
                assertThat(body("http://127.0.0.1:" + adminPort + "/metrics/prometheus"))
                        .contains("bellwether_index_lag_records", "jvm_threads_count");
            } finally {
                server.destroy();
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            }
        }
    }

    /** The launcher with Java from this JVM's home and a small heap; output to {@code log}. */
    private static Process start(List<String> command, Map<String, String> environment, Path log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("BELLWETHER_JAVA_OPTS", "-Xmx768m -XX:+UseSerialGC");
        return builder.start();
    }

    private static int run(List<String> command, Map<String, String> environment, Path log) throws Exception {
        Process process = start(command, environment, log);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish: " + Files.readString(log));
        }
        return process.exitValue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String body(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
