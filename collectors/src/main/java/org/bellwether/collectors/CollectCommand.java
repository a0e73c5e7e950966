package org.bellwether.collectors;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bellwether.model.collect.CheckpointStore;
import org.bellwether.model.collect.CollectorMetrics;
import org.bellwether.model.collect.CollectorTopics;
import org.bellwether.model.collect.KafkaCollectorSink;
import org.bellwether.model.collect.ProducerSettings;
import org.bellwether.model.watchlist.Watchlist;
import org.bellwether.model.watchlist.WatchlistRegistry;
import org.bellwether.model.watchlist.WatchlistSync;
import org.bellwether.model.watchlist.WatchlistYaml;

/**
 * The {@code bellwether collect} command: runs the live sources of a watchlist against a Kafka cluster until
 * stopped (Ctrl-C) or for {@code --duration}. (The e-mail tip inbox is intake: the api node reads it.) Follows watchlist changes
 * published on {@code collector.watchlists} unless {@code --no-sync}. Exit codes: 0 stopped, 1 failure, 2 usage.
 */
public final class CollectCommand {
    static final String USAGE = """
            usage: collect [--watchlist watchlist.yml] [--bootstrap 127.0.0.1:9092] [--topic-prefix P]
                           [--transactional-id bellwether-collect] [--no-sync] [--duration PT10M]
            """;

    private CollectCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--no-sync")) {
                    options.put(arg, "true");
                } else if (arg.startsWith("--") && i + 1 < args.length) {
                    options.put(arg, args[++i]);
                } else {
                    throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            out.println("collect: " + e.getMessage());
            out.print(USAGE);
            return 2;
        }
        String bootstrap = options.getOrDefault("--bootstrap", ProducerSettings.DEFAULT_BOOTSTRAP);
        String prefix = options.getOrDefault("--topic-prefix", "");
        try {
            Watchlist initial = options.containsKey("--watchlist")
                    ? WatchlistYaml.parse(Files.readString(Path.of(options.get("--watchlist")))) : Watchlist.EMPTY;
            Map<String, Object> adminConfig = new HashMap<>();
            adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            try (Admin admin = Admin.create(adminConfig)) {
                CollectorTopics.withPrefix(prefix).createMissing(admin, 3);
            }
            CollectorTopics topics = CollectorTopics.withPrefix(prefix);
            CheckpointStore checkpoints = CheckpointStore.load(bootstrap, topics.checkpoints(), Duration.ofSeconds(30));
            CollectorMetrics metrics = new CollectorMetrics();
            WatchlistRegistry registry = new WatchlistRegistry(initial, Clock.systemUTC());
            CountDownLatch stop = new CountDownLatch(1);
            Thread hook = new Thread(stop::countDown, "collect-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try (KafkaCollectorSink sink = KafkaCollectorSink.create(bootstrap, prefix,
                    options.getOrDefault("--transactional-id", "bellwether-collect"));
                 LiveCollectors live = new LiveCollectors(registry, sink, checkpoints, metrics,
                         HttpSupport.client(), Clock.systemUTC());
                 WatchlistSync sync = new WatchlistSync(bootstrap, prefix, registry)) {
                sink.onCommit(checkpoints::rememberAll);
                live.start();
                if (!options.containsKey("--no-sync")) {
                    Thread syncThread = new Thread(sync, "watchlist-sync");
                    syncThread.setDaemon(true);
                    syncThread.start();
                }
                out.println("collecting: " + live.running());
                if (options.containsKey("--duration")) {
                    stop.await(Duration.parse(options.get("--duration")).toMillis(), TimeUnit.MILLISECONDS);
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            out.println("collect failed: " + e.getMessage());
            return 1;
        }
    }
}
