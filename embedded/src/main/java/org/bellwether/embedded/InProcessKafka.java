package org.bellwether.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (combined broker and KRaft controller) running in this JVM, listening on
 * 127.0.0.1 only. Its log directory is kept between runs unless it is a temporary one, so a second start resumes
 * the same topics and offsets. Start and close are synchronized and idempotent.
 */
public final class InProcessKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessKafka.class);
    private static final String CLUSTER_ID_FILE = "bellwether-cluster-id";
    private static final int NODE_ID = 1;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final boolean deleteOnClose;
    private KafkaRaftServer server;

    private InProcessKafka(Path logDir, int port, boolean deleteOnClose) {
        this.logDir = logDir;
        this.port = port == 0 ? freePort() : port;
        this.controllerPort = freePort();
        this.deleteOnClose = deleteOnClose;
    }

    /** A broker whose data lives in {@code logDir} and survives restarts. Port 0 picks a free port. */
    public static InProcessKafka persistent(Path logDir, int port) {
        return new InProcessKafka(logDir, port, false);
    }

    /** A broker on a free port with a temporary log directory removed on close: for tests. */
    public static InProcessKafka temporary() {
        try {
            return new InProcessKafka(Files.createTempDirectory("bellwether-kafka-"), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Formats the log directory on first use and starts the broker; returns once it accepts clients. */
    public synchronized InProcessKafka start() {
        if (server != null) {
            return this;
        }
        try {
            Files.createDirectories(logDir);
            String clusterId = clusterId();
            format(clusterId);
            KafkaConfig config = new KafkaConfig(brokerProperties(), false);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            awaitReady(Duration.ofSeconds(60));
            LOG.info("In-process Kafka broker ready on {} (log dir {})", bootstrapServers(), logDir);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("in-process Kafka broker failed to start: " + e.getMessage(), e);
        }
    }

    /** {@code 127.0.0.1:port}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path logDir() {
        return logDir;
    }

    /**
     * Creates topics that do not exist yet.
     *
     * @param topics     name to compacted flag
     * @param partitions partitions per topic
     */
    public void createTopics(Map<String, Boolean> topics, int partitions) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.entrySet().stream()
                    .filter(e -> !existing.contains(e.getKey()))
                    .map(e -> newTopic(e.getKey(), partitions, e.getValue()))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return Admin.create(config);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (RuntimeException e) {
                LOG.warn("broker shutdown: {}", e.getMessage());
            }
            server = null;
        }
        if (deleteOnClose) {
            FileTrees.deleteQuietly(logDir);
        }
    }

    private static NewTopic newTopic(String name, int partitions, boolean compacted) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1);
        if (compacted) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        return topic;
    }

    private String clusterId() throws IOException {
        Path file = logDir.resolve(CLUSTER_ID_FILE);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id, StandardCharsets.UTF_8);
        return id;
    }

    private void format(String clusterId) throws Exception {
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(quiet)
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    // transactions v1: exactly-once v2 needs no more, and v2's stricter first-sequence check makes
                    // the broker log retried appends of transactional producers as errors
                    .setFeatureLevel("transaction.version", (short) 1)
                    .setIgnoreFormatted(true)
                    .run();
        }
    }

    private Properties brokerProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        props.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        props.put("log.retention.hours", "-1");
        return props;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = admin()) {
                Collection<?> nodes = admin.describeCluster().nodes().get();
                if (!nodes.isEmpty()) {
                    return;
                }
            } catch (ExecutionException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("broker not ready after " + timeout
                + (last == null ? "" : ": " + last.getMessage()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
