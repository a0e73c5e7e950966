package org.bellwether.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka cluster of several nodes in this JVM, each a combined broker and KRaft controller on 127.0.0.1 (so
 * three nodes make a three-voter quorum), for fault drills and tests. Kafka's own topics (consumer offsets,
 * transaction state) and topics created without a replication factor get {@code min(3, nodes)} replicas and
 * {@code min.insync.replicas} one fewer (at least 1).
 *
 * <p>A node can be {@linkplain #kill killed} and {@linkplain #restart restarted} on the same ports and log
 * directory. Nodes stop without a controlled shutdown: their partitions keep them as leader until the controller
 * fences them after the broker session timeout, as after a crash. Synchronized; start and close are idempotent.
 */
public final class InProcessKafkaCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessKafkaCluster.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    /**
     * Transactions v1, as on the single node: under v2 (Kafka 4's default) the brokers of this in-process cluster
     * rejected retried transactional appends after a killed leader by the thousand ("expected sequence 0 for
     * transaction") and exactly-once processing slowed about tenfold in the fault drill.
     */
    private static final short TRANSACTION_VERSION = 1;

    private final Path root;
    private final boolean deleteOnClose;
    private final List<KafkaNode> nodes;
    private final String voters;
    private final Map<String, String> settings;
    private boolean started;

    private InProcessKafkaCluster(Path root, int size, boolean deleteOnClose) {
        if (size < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node, was " + size);
        }
        this.root = root;
        this.deleteOnClose = deleteOnClose;
        this.nodes = IntStream.rangeClosed(1, size)
                .mapToObj(id -> new KafkaNode(id, root.resolve("node-" + id), 0, 0)).toList();
        this.voters = nodes.stream().map(KafkaNode::voter).collect(Collectors.joining(","));
        this.settings = settings(size);
    }

    /** {@code size} nodes on free ports with log directories under a temporary folder removed on close. */
    public static InProcessKafkaCluster temporary(int size) {
        try {
            return new InProcessKafkaCluster(Files.createTempDirectory("bellwether-kafka-cluster-"), size, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts every node (in parallel: a node waits for the quorum) and returns once all brokers are ready. */
    public synchronized InProcessKafkaCluster start() {
        if (started) {
            return this;
        }
        long began = System.nanoTime();
        String clusterId = KafkaNode.clusterId(root);
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (KafkaNode node : nodes) {
            starting.add(CompletableFuture.runAsync(
                    () -> node.start(clusterId, voters, TRANSACTION_VERSION, settings),
                    runnable -> new Thread(runnable, "kafka-node-" + node.nodeId() + "-start").start()));
        }
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
            KafkaNode.awaitBrokers(bootstrapServers(), nodeIds(), READY_TIMEOUT);
        } catch (CompletionException e) {
            close();
            throw new IllegalStateException("in-process Kafka cluster failed to start: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while starting the in-process Kafka cluster", e);
        }
        started = true;
        LOG.info("In-process Kafka cluster of {} nodes ready on {} in {} ms", nodes.size(), bootstrapServers(),
                Duration.ofNanos(System.nanoTime() - began).toMillis());
        return this;
    }

    /** Every node's {@code 127.0.0.1:port}, comma-separated; clients find the live ones. */
    public String bootstrapServers() {
        return nodes.stream().map(KafkaNode::listener).collect(Collectors.joining(","));
    }

    /** The folder holding every node's log directory. */
    public Path directory() {
        return root;
    }

    /** The number of nodes. */
    public int size() {
        return nodes.size();
    }

    /** Node ids, 1 to {@link #size()}. */
    public Set<Integer> nodeIds() {
        return nodes.stream().map(KafkaNode::nodeId).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether node {@code nodeId} runs. */
    public synchronized boolean running(int nodeId) {
        return node(nodeId).running();
    }

    /** Stops node {@code nodeId} (broker and controller) without a controlled shutdown; its data stays. */
    public synchronized void kill(int nodeId) {
        node(nodeId).stop();
        LOG.info("Kafka node {} killed", nodeId);
    }

    /** Starts node {@code nodeId} again on its ports and log directory; returns once it is a live broker. */
    public synchronized void restart(int nodeId) {
        KafkaNode node = node(nodeId);
        node.start(KafkaNode.clusterId(root), voters, TRANSACTION_VERSION, settings);
        try {
            KafkaNode.awaitBrokers(bootstrapServers(), Set.of(nodeId), READY_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restarting Kafka node " + nodeId, e);
        }
        LOG.info("Kafka node {} back on {}", nodeId, node.listener());
    }

    /** An admin client for the cluster; the caller closes it. */
    public Admin admin() {
        return KafkaNode.admin(bootstrapServers());
    }

    /** Stops every node (in parallel: a node left alone would wait for a quorum) and removes a temporary folder. */
    @Override
    public synchronized void close() {
        List<CompletableFuture<Void>> stopping = nodes.stream()
                .map(node -> CompletableFuture.runAsync(node::stop,
                        runnable -> new Thread(runnable, "kafka-node-" + node.nodeId() + "-stop").start()))
                .toList();
        CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new)).join();
        started = false;
        if (deleteOnClose) {
            FileTrees.deleteQuietly(root);
        }
    }

    private KafkaNode node(int nodeId) {
        if (nodeId < 1 || nodeId > nodes.size()) {
            throw new IllegalArgumentException("no node " + nodeId + " in a cluster of " + nodes.size());
        }
        return nodes.get(nodeId - 1);
    }

    private static Map<String, String> settings(int size) {
        String replication = String.valueOf(Math.min(3, size));
        String minInSync = String.valueOf(Math.max(1, Math.min(3, size) - 1));
        return Map.ofEntries(
                Map.entry("default.replication.factor", replication),
                Map.entry("min.insync.replicas", minInSync),
                Map.entry("offsets.topic.replication.factor", replication),
                Map.entry("transaction.state.log.replication.factor", replication),
                Map.entry("transaction.state.log.min.isr", minInSync),
                Map.entry("share.coordinator.state.topic.replication.factor", replication),
                Map.entry("share.coordinator.state.topic.min.isr", minInSync),
                Map.entry("controlled.shutdown.enable", "false"),
                // a killed broker is fenced, and its partitions led by others, within seconds
                Map.entry("broker.session.timeout.ms", "6000"),
                Map.entry("broker.heartbeat.interval.ms", "1000"),
                Map.entry("unclean.leader.election.enable", "false"));
    }
}
