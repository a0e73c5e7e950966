package org.bellwether.ops;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.api.health.KafkaHealthCheck;
import org.bellwether.api.health.PrometheusEndpoint;
import org.bellwether.ingest.CollectorMetrics;
import org.bellwether.ingest.ProducerSettings;
import org.bellwether.ingest.watchlist.Watchlist;
import org.bellwether.ingest.watchlist.WatchlistYaml;
import org.bellwether.tools.cli.Cli;
import org.eclipse.jetty.server.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether collect}: the collect deployable, a service with an admin port. Runs the live sources of a
 * watchlist against a Kafka cluster until stopped (Ctrl-C) or for {@code --duration}, following watchlist changes
 * published on {@code collector.watchlists} unless {@code --no-sync}; health checks {@code kafka} and
 * {@code collectors} (the sink can write, no source's circuit breaker is open) and the sources' counters
 * ({@link SourceMetrics}) on the admin port. Its composition root: {@link #call} builds every part with
 * {@code new}, top to bottom.
 */
@Command(name = "collect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the live collectors of a watchlist against external Kafka (collectors/README.md).",
                "Its admin port serves /healthcheck (kafka, collectors), /metrics and /metrics/prometheus.",
                "The e-mail tip inbox is intake: the api reads it (intake.imap in the api's configuration)."})
final class CollectCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Option(names = "--watchlist", paramLabel = "watchlist.yml", description = "sources, hashtags, keywords, places")
    private Path watchlist;
    @Option(names = "--bootstrap", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE})")
    private String bootstrap = ProducerSettings.DEFAULT_BOOTSTRAP;
    @Option(names = "--topic-prefix", paramLabel = "P", description = "deployment prefix of every topic")
    private String topicPrefix = "";
    @Option(names = "--transactional-id", description = "the sink's transactional id (default: ${DEFAULT-VALUE})")
    private String transactionalId = "bellwether-collect";
    @Option(names = "--no-sync", description = "do not follow watchlist changes published by the api")
    private boolean noSync;
    @Option(names = "--duration", paramLabel = "PT10M", description = "stop after this ISO-8601 duration")
    private Duration duration;
    @Option(names = "--admin-host", paramLabel = "HOST", description = "where the admin port (health checks, "
            + "metrics) listens (default: ${DEFAULT-VALUE}, this machine only)")
    private String adminHost = "127.0.0.1";
    @Option(names = "--admin-port", paramLabel = "PORT", description = "the admin port (default: ${DEFAULT-VALUE}; "
            + "0 for a free one)")
    private int adminPort = 8092;
    private LiveSources live;

    @Override
    public Integer call() throws Exception {
        PrintStream out = Cli.out(spec);
        CompletableFuture<Server> started = new CompletableFuture<>();
        start(out, started::complete);
        Server server = started.join();
        out.println("collecting: " + live.running());
        out.println("health and metrics on http://" + adminHost + ":" + RoleApplication.adminPort(server)
                + "/healthcheck and " + PrometheusEndpoint.PATH + "; Ctrl-C stops");
        if (duration != null) {
            Thread.sleep(duration.toMillis());
            server.stop();
        }
        return 0;
    }

    /**
     * Checks the topics, then starts the sources under the admin port and returns; {@code onStarted} is told once
     * the admin port answers. The sources run until the server stops (Ctrl-C stops it).
     *
     * @throws IllegalStateException when a topic collect writes is missing or has the wrong cleanup policy
     */
    void start(PrintStream out, Consumer<Server> onStarted) throws Exception {
        Watchlist initial = watchlist != null ? WatchlistYaml.parse(Files.readString(watchlist)) : Watchlist.EMPTY;
        RequiredTopics.requireProvisioned(bootstrap, topicPrefix, RequiredTopics.COLLECT, "collect");
        new RoleApplication("bellwether-collect", RoleApplication.adminOnly(adminHost, adminPort),
                environment -> wire(environment, initial, out), onStarted).start();
    }

    private void wire(Environment environment, Watchlist initial, PrintStream out) {
        KafkaHealthCheck kafka = new KafkaHealthCheck(new KafkaSettings(true, bootstrap, topicPrefix,
                transactionalId, Duration.ofSeconds(5)));
        environment.lifecycle().manage(kafka);
        environment.healthChecks().register("kafka", kafka);
        CollectorMetrics metrics = new CollectorMetrics(new SourceMetrics(environment.metrics()));
        SourceMetrics.registerTotals(environment.metrics(), metrics, true);
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                metrics.snapshots().forEach(snapshot -> out.println(snapshot.line())); // after the sources stopped
            }
        });
        live = new LiveSources(bootstrap, topicPrefix, initial, transactionalId, metrics, Clock.systemUTC(), !noSync);
        environment.lifecycle().manage(live);
        environment.healthChecks().register("collectors", live.healthCheck());
    }
}
