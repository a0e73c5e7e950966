package org.bellwether.ops;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bellwether.collectors.CheckpointStore;
import org.bellwether.collectors.CollectorMetrics;
import org.bellwether.collectors.CollectorTopics;
import org.bellwether.collectors.HttpSupport;
import org.bellwether.collectors.KafkaCollectorSink;
import org.bellwether.collectors.LiveCollectors;
import org.bellwether.collectors.ProducerSettings;
import org.bellwether.collectors.SourceScheduler;
import org.bellwether.collectors.tips.AddressRateLimiter;
import org.bellwether.collectors.tips.ImapSettings;
import org.bellwether.collectors.tips.ImapTipPoller;
import org.bellwether.collectors.watchlist.Watchlist;
import org.bellwether.collectors.watchlist.WatchlistRegistry;
import org.bellwether.collectors.watchlist.WatchlistSync;
import org.bellwether.collectors.watchlist.WatchlistYaml;
import org.bellwether.model.ContactCipher;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether collect}: the collect deployable. Runs the live sources of a watchlist (and, optionally, the IMAP
 * tip mailbox) against a Kafka cluster until stopped (Ctrl-C) or for {@code --duration}, following watchlist changes
 * published on {@code collector.watchlists} unless {@code --no-sync}. Its composition root: {@link #call} builds
 * every part with {@code new}, top to bottom.
 */
@Command(name = "collect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the live collectors of a watchlist against external Kafka (collectors/README.md).",
                "IMAP password: environment BELLWETHER_IMAP_PASSWORD; contact sealing key (base64, 32 bytes):",
                "BELLWETHER_CONTACT_KEY with id BELLWETHER_CONTACT_KEY_ID (default k1)."})
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
    @Option(names = "--imap-host", paramLabel = "H", description = "poll this tip mailbox too")
    private String imapHost;
    @Option(names = "--imap-port", description = "default 993, or 143 with --imap-plain")
    private Integer imapPort;
    @Option(names = "--imap-user", paramLabel = "U")
    private String imapUser;
    @Option(names = "--imap-plain", description = "IMAP without TLS")
    private boolean imapPlain;
    @Option(names = "--imap-folder", description = "default: ${DEFAULT-VALUE}")
    private String imapFolder = "INBOX";

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
        CollectorMetrics metrics = new CollectorMetrics(null);
        WatchlistRegistry registry = new WatchlistRegistry(initial, Clock.systemUTC());
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "collect-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (KafkaCollectorSink sink = KafkaCollectorSink.create(bootstrap, topicPrefix, transactionalId);
             LiveCollectors live = new LiveCollectors(registry, sink, checkpoints, metrics, HttpSupport.client(),
                     Clock.systemUTC());
             WatchlistSync sync = new WatchlistSync(bootstrap, topicPrefix, registry);
             SourceScheduler mail = new SourceScheduler(1, metrics)) {
            sink.onCommit(checkpoints::rememberAll);
            live.start();
            if (!noSync) {
                Thread syncThread = new Thread(sync, "watchlist-sync");
                syncThread.setDaemon(true);
                syncThread.start();
            }
            if (imapHost != null) {
                mail.start(new ImapTipPoller(imapSettings(), contactCipher(),
                        AddressRateLimiter.standard(Clock.systemUTC()),
                        () -> registry.current().neighbourhoods().isEmpty()
                                ? List.of() : registry.current().neighbourhoods(),
                        sink, checkpoints, metrics.counters("email"), Clock.systemUTC()));
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

    private ImapSettings imapSettings() {
        return new ImapSettings(imapHost, imapPort != null ? imapPort : imapPlain ? 143 : 993, !imapPlain, imapUser,
                System.getenv("BELLWETHER_IMAP_PASSWORD"), imapFolder, Duration.ofMinutes(1));
    }

    private static ContactCipher contactCipher() {
        String key = System.getenv("BELLWETHER_CONTACT_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("BELLWETHER_CONTACT_KEY is required to seal tipster contacts");
        }
        String keyId = System.getenv().getOrDefault("BELLWETHER_CONTACT_KEY_ID", "k1");
        return ContactCipher.fromBase64(keyId, Map.of(keyId, key));
    }
}
