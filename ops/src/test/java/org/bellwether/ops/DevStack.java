package org.bellwether.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.model.CityMap;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.ProcessorService;
import org.bellwether.search.monitor.MonitorService;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StreamsProperties;

/**
 * The whole system for end-to-end and browser tests: temporary embedded Kafka and PostgreSQL, the processor and
 * the api (with its Lucene replica) on free loopback ports, dev-mode users (password {@code bellwether-dev}).
 * Start once per test class; {@link #close()} stops everything and removes its folders.
 */
public final class DevStack implements AutoCloseable {
    public static final String PASSWORD = "bellwether-dev";

    private final Path workDir;
    private final Infrastructure infrastructure;
    private final String contactKey = ContactCipher.newKey();
    private UnaryOperator<ProcessorSettings> processorSettings = settings -> settings;
    private ProcessorService processor;
    private MonitorService monitor;
    private DropwizardTestSupport<BellwetherConfiguration> api;
    private final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> errors =
            new ch.qos.logback.core.read.ListAppender<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DevStack(Path workDir, Infrastructure infrastructure) {
        this.workDir = workDir;
        this.infrastructure = infrastructure;
    }

    /** Starts Kafka, PostgreSQL, the processor and the api. */
    public static DevStack start() {
        return start(new ConfigOverride[0]);
    }

    /** Starts Kafka, PostgreSQL, the processor and the api with these settings of the api's changed. */
    public static DevStack start(ConfigOverride... apiOverrides) {
        return start(settings -> settings, apiOverrides);
    }

    /** Starts the stack with the processor's settings changed (e.g. its alert rules) and the api's. */
    public static DevStack start(UnaryOperator<ProcessorSettings> processorSettings,
                                 ConfigOverride... apiOverrides) {
        try {
            DevStack stack = new DevStack(Files.createTempDirectory("bellwether-stack-"),
                    Infrastructure.temporary(3).start());
            stack.processorSettings = processorSettings;
            stack.startProcessor();
            stack.startApi(apiOverrides);
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return infrastructure.bootstrapServers();
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    /** The cipher the api opens contact details with; collectors seal tips with it. */
    public ContactCipher contactCipher() {
        return ContactCipher.fromBase64("test", java.util.Map.of("test", contactKey));
    }

    /** {@code http://127.0.0.1:<port>} of the application connector. */
    public String baseUrl() {
        return "http://127.0.0.1:" + api.getLocalPort();
    }

    public String adminUrl() {
        return "http://127.0.0.1:" + api.getAdminPort();
    }

    public void startProcessor() {
        processor = new ProcessorService(Pipeline.build(processorSettings.apply(ProcessorSettings.forCity(
                "end-to-end-pseudonym-key".getBytes(StandardCharsets.UTF_8), CityMap.sample(), false)
                .withLinkCipher(contactCipher()))),
                StreamsProperties.forDeployment("", bootstrapServers(), workDir.resolve("streams")));
        processor.start();
        if (monitor == null) {
            monitor = new MonitorService("", bootstrapServers(), workDir.resolve("monitor"));
            monitor.start();
        }
    }

    public void stopProcessor() {
        processor.close();
    }

    /** The saved-search monitor step, started with the first processor. */
    public MonitorService monitor() {
        return monitor;
    }

    public ProcessorService processor() {
        return processor;
    }

    private void startApi(ConfigOverride... extra) {
        List<ConfigOverride> overrides = new java.util.ArrayList<>(List.of(
                ConfigOverride.config("database.url", infrastructure.jdbcUrl()),
                ConfigOverride.config("database.user", infrastructure.databaseUser()),
                ConfigOverride.config("kafka.bootstrapServers", bootstrapServers()),
                ConfigOverride.config("index.directory", workDir.resolve("index").toString()),
                ConfigOverride.config("contactKeys.activeKeyId", "test"),
                ConfigOverride.config("contactKeys.keys.test", contactKey)));
        overrides.addAll(List.of(extra));
        api = new DropwizardTestSupport<>(ApiWithLiveSources.class,
                ResourceHelpers.resourceFilePath("e2e.yml"), overrides.toArray(new ConfigOverride[0]));
        try {
            api.before();
        } catch (Exception e) {
            throw new IllegalStateException("api did not start: " + e.getMessage(), e);
        }
        // Dropwizard configured logging while starting: capture errors from here on
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        errors.setContext(root.getLoggerContext());
        errors.start();
        root.addAppender(errors);
    }

    /** Every ERROR logged since the api started, as "logger: message". */
    public List<String> loggedErrors() {
        synchronized (errors.list) {
            return errors.list.stream()
                    .filter(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR))
                    .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage())
                    .toList();
        }
    }

    /** GET as a dev-mode user; returns the status and the parsed JSON body (or null when not JSON). */
    public Response get(String user, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
                .header("Authorization", basic(user))
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        return send(request);
    }

    /**
     * Any request to the application connector.
     *
     * @param user        a dev-mode user, or null for an anonymous request
     * @param contentType the body's type, or null without a body
     */
    public Response request(String user, String method, String pathAndQuery, String contentType, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            builder.header("Authorization", basic(user));
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /** GET on the admin connector (health checks), unauthenticated. */
    public Response admin(String path) {
        return send(HttpRequest.newBuilder(URI.create(adminUrl() + path)).timeout(Duration.ofSeconds(30)).GET()
                .build());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            try {
                body = Json.mapper().readTree(response.body());
            } catch (IOException notJson) {
                // leave body null; the raw text is kept
            }
            return new Response(response.statusCode(), body, response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** An HTTP answer. */
    public record Response(int status, JsonNode json, String text, java.util.Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @Override
    public void close() {
        if (api != null) {
            api.after();
        }
        if (processor != null) {
            processor.close();
        }
        if (monitor != null) {
            monitor.close();
        }
        infrastructure.close();
        org.bellwether.ops.TestFiles.deleteTree(workDir);
    }
}
