package org.bellwether.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (combined broker and KRaft controller) running in this JVM, listening on
 * 127.0.0.1 only. Its log directory is kept between runs unless it is a temporary one, so a second start resumes
 * the same topics and offsets. Start and close are synchronized and idempotent. {@link InProcessKafkaCluster}
 * runs several.
 */
public final class InProcessKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessKafka.class);
    private static final int NODE_ID = 1;
    /**
     * Transactions v1: exactly-once v2 needs no more on a single node, which cannot lose a partition leader, and
     * v2's stricter first-sequence check makes the broker log retried appends of transactional producers as errors.
     */
    private static final short TRANSACTION_VERSION = 1;
    /** A single node keeps one replica of Kafka's own topics. */
    private static final Map<String, String> SINGLE_NODE = Map.of(
            "offsets.topic.replication.factor", "1",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "share.coordinator.state.topic.replication.factor", "1",
            "share.coordinator.state.topic.min.isr", "1");

    private final KafkaNode node;
    private final boolean deleteOnClose;
    private boolean started;

    private InProcessKafka(Path logDir, int port, boolean deleteOnClose) {
        this(new KafkaNode(NODE_ID, logDir, port, 0), deleteOnClose);
    }

    private InProcessKafka(KafkaNode node, boolean deleteOnClose) {
        this.node = node;
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

    /**
     * A temporary broker that also listens for clients that authenticate with SASL/PLAIN ({@link
     * #saslBootstrapServers()}, SASL_PLAINTEXT on 127.0.0.1) as these users, and authorises every request with the
     * KRaft standard authorizer: a user may do only what an ACL allows ({@code allow.everyone.if.no.acl.found=false}).
     * The plain listener ({@link #bootstrapServers()}) is the broker's own and its principal the super user: it is for
     * this JVM's admin work (topics, ACLs), never for the clients under test.
     *
     * @param users user name ({@code [A-Za-z0-9_.-]+}) to password; tests generate the passwords
     */
    public static InProcessKafka temporaryWithSasl(Map<String, String> users) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("a SASL listener needs at least one user");
        }
        try {
            return new InProcessKafka(new KafkaNode(NODE_ID, Files.createTempDirectory("bellwether-kafka-"), 0, 0,
                    users), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The client properties that authenticate as this user with SASL/PLAIN over plain text (as on the in-process SASL
     * listener): {@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}.
     */
    public static Map<String, String> saslPlainClient(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + user + "\" password=\"" + password + "\";");
    }

    /** Formats the log directory on first use and starts the broker; returns once it accepts clients. */
    public synchronized InProcessKafka start() {
        if (started) {
            return this;
        }
        try {
            node.start(KafkaNode.clusterId(node.logDir()), node.voter(), TRANSACTION_VERSION, SINGLE_NODE);
            KafkaNode.awaitBrokers(bootstrapServers(), Set.of(NODE_ID), Duration.ofSeconds(60));
            started = true;
            LOG.info("In-process Kafka broker ready on {} (log dir {})", bootstrapServers(), node.logDir());
            return this;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while starting the in-process Kafka broker", e);
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("in-process Kafka broker failed to start: " + e.getMessage(), e);
        }
    }

    /** {@code 127.0.0.1:port}. */
    public String bootstrapServers() {
        return node.listener();
    }

    /** {@code 127.0.0.1:port} of the SASL/PLAIN listener; only for a broker started {@link #temporaryWithSasl}. */
    public String saslBootstrapServers() {
        String listener = node.saslListener();
        if (listener == null) {
            throw new IllegalStateException("this broker has no SASL listener");
        }
        return listener;
    }

    public Path logDir() {
        return node.logDir();
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
        return KafkaNode.admin(bootstrapServers());
    }

    @Override
    public synchronized void close() {
        node.stop();
        started = false;
        if (deleteOnClose) {
            FileTrees.deleteQuietly(node.logDir());
        }
    }

    private static NewTopic newTopic(String name, int partitions, boolean compacted) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1);
        if (compacted) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        return topic;
    }
}
