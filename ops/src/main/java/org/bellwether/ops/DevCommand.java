package org.bellwether.ops;

import com.fasterxml.jackson.databind.node.TextNode;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.model.CityMap;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.ProcessorService;
import org.bellwether.search.monitor.MonitorService;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StreamsProperties;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether dev}: the whole system in one JVM on embedded defaults: an in-process KRaft broker and an
 * embedded PostgreSQL, the processor, the demo stream and the api with the dashboard, all on 127.0.0.1, with
 * state under the data folder so a second start resumes.
 */
@Command(name = "dev", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        description = "Run everything in one JVM on embedded defaults, stream the demo city, print the URLs.")
final class DevCommand implements Callable<Integer> {
    static final String DEMO_PASSWORD = "bellwether-dev";

    @Spec
    private CommandSpec spec;
    @Option(names = "--data", paramLabel = "DIR", showDefaultValue = Help.Visibility.NEVER,
            description = {"state folder (Kafka log, PostgreSQL, Streams state, Lucene index, dev keys);",
                    "default: ./data in the repository. Delete it to start over."})
    private Path dataOption;
    @Option(names = "--port", description = "the api and dashboard")
    private int port = 8080;
    @Option(names = "--admin-port", description = "Dropwizard's admin (health, metrics)")
    private int adminPort = 8081;
    @Option(names = "--kafka-port", description = "the in-process broker")
    private int kafkaPort = 9092;
    @Option(names = "--partitions", description = "partitions per topic")
    private int partitions = 3;
    @Option(names = "--demo-rate", description = "demo posts and tips per second (the Port Lucena scenario has "
            + "about 5,200)")
    private int demoRate = 50;
    @Option(names = "--seed", description = "demo scenario seed")
    private long seed = 42;
    @Option(names = "--no-demo", description = "do not stream the demo city")
    private boolean noDemo;
    @Option(names = "--no-ner", description = "skip CoreNLP NER on harm candidates (faster start, less memory)")
    private boolean noNer;

    @Override
    public Integer call() throws Exception {
        PrintStream out = Cli.out(spec);
        Path data = (dataOption != null ? dataOption : Home.path().resolve("data")).toAbsolutePath();
        boolean demo = !noDemo;
        boolean ner = !noNer;

        out.println("Bellwether dev: starting embedded Kafka and PostgreSQL under " + data + " ...");
        DevSecrets secrets = DevSecrets.loadOrCreate(data);
        Infrastructure infrastructure = Infrastructure.persistent(data, kafkaPort, partitions);
        AtomicBoolean serving = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!serving.get()) {
                infrastructure.close(); // the api never came up, so its lifecycle will not stop these
            }
        }, "dev-infrastructure-stop"));
        infrastructure.start();

        String bootstrap = infrastructure.bootstrapServers();
        BellwetherConfiguration configuration = apiConfiguration(infrastructure.jdbcUrl(),
                infrastructure.databaseUser(), bootstrap, data.resolve("index"), secrets, port, adminPort);
        ProcessorSettings settings = ProcessorSettings.forCity(secrets.pseudonymKeyBytes(), CityMap.sample(), ner)
                .withLinkCipher(secrets.contactCipher());
        Pipeline pipeline = Pipeline.build(settings);
        ProcessorMetrics processorMetrics = new ProcessorMetrics(pipeline.counters());
        ProcessorService processor = new ProcessorService(pipeline, processorMetrics.timingSteps(
                StreamsProperties.forDeployment(settings.topicPrefix(), bootstrap, data.resolve("streams"))));
        DemoFeed feed = demo ? new DemoFeed(bootstrap, secrets.contactCipher(), seed, demoRate) : null;
        DevApplication application = new DevApplication(configuration, infrastructure,
                new ManagedProcessor(processor, processorMetrics),
                new ManagedMonitor(new MonitorService(settings.topicPrefix(), bootstrap, data.resolve("monitor"))),
                feed, () -> {
                    serving.set(true);
                    printBanner(out, port, adminPort, bootstrap, infrastructure.jdbcUrl(), data, demo);
                });
        application.run("server");
        return 0;
    }

    /**
     * The api's configuration in dev mode, as an object: demo users and HTTP Basic (dev mode), the embedded
     * PostgreSQL and broker, the index and the contact key under the data folder, the watchlist's live sources in
     * this JVM, the WhatsApp and Telegram tip lines with the dev secrets, both connectors on loopback only.
     */
    /** The WhatsApp line's verify token in dev. */
    static final String DEV_WHATSAPP_VERIFY_TOKEN = "bellwether-dev-verify";
    /** The WhatsApp line's app secret in dev (signs {@code X-Hub-Signature-256}). */
    static final String DEV_WHATSAPP_APP_SECRET = "bellwether-dev-whatsapp";
    /** The Telegram line's {@code X-Telegram-Bot-Api-Secret-Token} in dev. */
    static final String DEV_TELEGRAM_SECRET = "bellwether-dev-telegram";
    /** Where dev sends the lines' replies: loopback, never a real platform with made-up tokens. */
    static final String DEV_PLATFORMS = "http://127.0.0.1:8089";

    static BellwetherConfiguration apiConfiguration(String jdbcUrl, String databaseUser, String bootstrap, Path index,
                                                    DevSecrets secrets, int port, int adminPort) {
        BellwetherConfiguration configuration = new BellwetherConfiguration();
        configuration.setDevMode(true);
        DataSourceFactory database = configuration.getDatabase();
        database.setDriverClass("org.postgresql.Driver");
        database.setUrl(jdbcUrl);
        database.setUser(databaseUser);
        database.setPassword("");
        database.setMaxSize(32);
        configuration.getKafka().setBootstrapServers(bootstrap);
        configuration.getIndex().setDirectory(index.toString());
        configuration.getContactKeys().setActiveKeyId(secrets.contactKeyId());
        configuration.getContactKeys().setKeys(new LinkedHashMap<>(Map.of(secrets.contactKeyId(),
                secrets.contactKey())));
        // the tip lines with the documented dev secrets; replies go to a platform stand-in on loopback (none runs
        // by default: they wait in the outbox, and the admin sources page shows the line's error)
        configuration.getIntake().getWhatsapp().enable(DEV_WHATSAPP_VERIFY_TOKEN, DEV_WHATSAPP_APP_SECRET,
                "bellwether-dev-access-token", "bellwether-dev-phone-number");
        configuration.getIntake().getWhatsapp().setApiBaseUrl(DEV_PLATFORMS);
        configuration.getIntake().getTelegram().enable("0:bellwether-dev-bot", DEV_TELEGRAM_SECRET);
        configuration.getIntake().getTelegram().setApiBaseUrl(DEV_PLATFORMS);
        DefaultServerFactory server = (DefaultServerFactory) configuration.getServerFactory();
        server.setApplicationConnectors(List.of(loopback(port)));
        server.setAdminConnectors(List.of(loopback(adminPort)));
        DefaultLoggingFactory logging = (DefaultLoggingFactory) configuration.getLoggingFactory();
        logging.setLevel("INFO");
        logging.setLoggers(Map.of("org.apache.kafka", TextNode.valueOf("WARN")));
        return configuration;
    }

    private static HttpConnectorFactory loopback(int port) {
        HttpConnectorFactory connector = new HttpConnectorFactory();
        connector.setBindHost("127.0.0.1");
        connector.setPort(port);
        return connector;
    }

    private static void printBanner(PrintStream out, int port, int adminPort, String bootstrap, String jdbcUrl,
                                    Path data, boolean demo) {
        Duration startup = Duration.ofMillis(
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        out.printf("""

                Bellwether is running (started in %.1f s).
                  Dashboard and API  http://localhost:%d/
                                     sign in as officer, messenger, analyst or admin; password %s
                  Health and admin   http://localhost:%d/healthcheck   metrics: /metrics/prometheus
                  Kafka              %s        PostgreSQL  %s (user postgres)
                  Data               %s   (delete it to start over)
                %s
                  Try:  curl -u analyst:%s 'http://localhost:%d/api/search/posts?q=shelter'
                        curl -u officer:%s 'http://localhost:%d/api/narratives?flagged=true'
                Ctrl-C stops everything cleanly; the next `dev` resumes where this one stopped.

                """, startup.toMillis() / 1000.0, port, DEMO_PASSWORD, adminPort, bootstrap, jdbcUrl, data,
                demo ? "  Demo               streaming the Port Lucena scenario (three days of city time)\n" : "",
                DEMO_PASSWORD, port, DEMO_PASSWORD, port);
        out.flush();
    }
}
