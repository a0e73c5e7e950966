package org.bellwether.ops;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorMetrics;
import org.bellwether.ingest.CollectorTopics;
import org.bellwether.collectors.HttpSupport;
import org.bellwether.ingest.KafkaCollectorSink;
import org.bellwether.collectors.LiveCollectors;
import org.bellwether.ingest.ProducerSettings;
import org.bellwether.ingest.watchlist.Watchlist;
import org.bellwether.ingest.watchlist.WatchlistRegistry;
import org.bellwether.ingest.watchlist.WatchlistSync;
import org.bellwether.ingest.watchlist.WatchlistYaml;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether collect}: the collect deployable. Runs the live sources of a watchlist against a Kafka cluster
 * until stopped (Ctrl-C) or for {@code --duration}, following watchlist changes
 * published on {@code collector.watchlists} unless {@code --no-sync}. Its composition root: {@link #call} builds
 * every part with {@code new}, top to bottom.
 */
@Command(name = "collect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the live collectors of a watchlist against external Kafka (collectors/README.md).",
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

    @Override
    public Integer call() throws Exception {
        PrintStream out = Cli.out(spec);
        Watchlist initial = watchlist != null ? WatchlistYaml.parse(Files.readString(watchlist)) : Watchlist.EMPTY;
        RequiredTopics.check(bootstrap, topicPrefix, RequiredTopics.COLLECT, "collect");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            CollectorTopics.withPrefix(topicPrefix).createMissing(admin, 3);
        }
        CollectorTopics topics = CollectorTopics.withPrefix(topicPrefix);
        CheckpointStore checkpoints = CheckpointStore.load(bootstrap, topics.checkpoints(), Duration.ofSeconds(30));
        CollectorMetrics metrics = new CollectorMetrics();
        WatchlistRegistry registry = new WatchlistRegistry(initial, Clock.systemUTC());
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "collect-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (KafkaCollectorSink sink = KafkaCollectorSink.create(bootstrap, topicPrefix, transactionalId);
             LiveCollectors live = new LiveCollectors(registry, sink, checkpoints, metrics, HttpSupport.client(),
                     Clock.systemUTC());
             WatchlistSync sync = new WatchlistSync(bootstrap, topicPrefix, registry)) {
            sink.onCommit(checkpoints::rememberAll);
            live.start();
            if (!noSync) {
                Thread syncThread = new Thread(sync, "watchlist-sync");
                syncThread.setDaemon(true);
                syncThread.start();
            }
            out.println("collecting: " + live.running());
            if (duration != null) {
                stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                stop.await();
            }
            metrics.snapshots().forEach(snapshot -> out.println(snapshot.line()));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
        return 0;
    }
}
