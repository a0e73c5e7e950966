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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One combined broker and KRaft controller in this JVM, on 127.0.0.1, with fixed ports and log directory so that
 * it can be stopped and started again as the same node. Shared by {@link InProcessKafka} (one node) and
 * {@link InProcessKafkaCluster} (several). Start and stop are synchronized and idempotent.
 */
final class KafkaNode {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaNode.class);
    private static final String CLUSTER_ID_FILE = "bellwether-cluster-id";

    private final int nodeId;
    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> saslUsers;
    private final int saslPort;
    private KafkaRaftServer server;

    KafkaNode(int nodeId, Path logDir, int port, int controllerPort) {
        this(nodeId, logDir, port, controllerPort, Map.of());
    }

    /**
     * @param saslUsers user name to password of the SASL/PLAIN listener; empty for a node without one (and without
     *                  an authorizer)
     */
    KafkaNode(int nodeId, Path logDir, int port, int controllerPort, Map<String, String> saslUsers) {
        this.nodeId = nodeId;
        this.logDir = logDir;
        int[] free = freePorts(3);
        this.port = port == 0 ? free[0] : port;
        this.controllerPort = controllerPort == 0 ? free[1] : controllerPort;
        this.saslUsers = Map.copyOf(saslUsers);
        this.saslPort = saslUsers.isEmpty() ? 0 : free[2];
        saslUsers.forEach((user, password) -> {
            if (!user.matches("[A-Za-z0-9_.-]+") || password.isEmpty() || password.contains("\"")
                    || password.contains("\\")) {
                throw new IllegalArgumentException("SASL user names are [A-Za-z0-9_.-]+ and passwords hold no quote "
                        + "or backslash: " + user);
            }
        });
    }

    int nodeId() {
        return nodeId;
    }

    Path logDir() {
        return logDir;
    }

    /** {@code 127.0.0.1:port} of the client listener. */
    String listener() {
        return "127.0.0.1:" + port;
    }

    /** {@code 127.0.0.1:port} of the SASL/PLAIN listener, or null without one. */
    String saslListener() {
        return saslUsers.isEmpty() ? null : "127.0.0.1:" + saslPort;
    }

    /** {@code id@127.0.0.1:controllerPort}, this node's entry in {@code controller.quorum.voters}. */
    String voter() {
        return nodeId + "@127.0.0.1:" + controllerPort;
    }

    synchronized boolean running() {
        return server != null;
    }

    /**
     * Formats the log directory on first use and starts the node. With other voters the call returns once the
     * quorum has a leader and this broker caught up, so the nodes of a cluster start in parallel.
     *
     * @param clusterId the cluster's id, the same on every node
     * @param voters    {@code controller.quorum.voters} of the cluster, including this node
     * @param transactionVersion the {@code transaction.version} feature the log directory is formatted with
     * @param settings  cluster-wide broker settings added to this node's own
     */
    synchronized void start(String clusterId, String voters, short transactionVersion, Map<String, String> settings) {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            format(clusterId, transactionVersion);
            Properties props = properties(voters);
            props.putAll(settings);
            KafkaRaftServer starting = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            server = starting;
            starting.startup();
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("Kafka node " + nodeId + " failed to start: " + e.getMessage(), e);
        }
    }

    /** Stops the node; its log directory and ports stay for a later {@link #start}. */
    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Kafka node {} shutdown: {}", nodeId, e.getMessage());
        }
        server = null;
    }

    /** The cluster id kept in {@code dir}, created on first use. */
    static String clusterId(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(CLUSTER_ID_FILE);
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String id = Uuid.randomUuid().toString();
            Files.writeString(file, id, StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An admin client for these bootstrap servers; the caller closes it. */
    static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Waits until every one of these brokers is registered and unfenced. */
    static void awaitBrokers(String bootstrapServers, Set<Integer> nodeIds, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = admin(bootstrapServers)) {
                Collection<Node> nodes = admin.describeCluster().nodes().get();
                if (nodes.stream().map(Node::id).collect(Collectors.toSet()).containsAll(nodeIds)) {
                    return;
                }
            } catch (ExecutionException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("brokers " + nodeIds + " not ready after " + timeout
                + (last == null ? "" : ": " + last.getMessage()));
    }

    /** Distinct free loopback ports: the sockets stay open until all are picked, so none is handed out twice. */
    static int[] freePorts(int count) {
        List<ServerSocket> sockets = new java.util.ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                socket.setReuseAddress(true);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is free again either way
                }
            }
        }
    }

    private void format(String clusterId, short transactionVersion) throws Exception {
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(quiet)
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setFeatureLevel("transaction.version", transactionVersion)
                    .setIgnoreFormatted(true)
                    .run();
        }
    }

    /**
     * Adds a SASL_PLAINTEXT listener (mechanism PLAIN, the users given) for clients that authenticate, and the KRaft
     * standard authorizer, which denies what no ACL allows. The plain listener stays the broker's own (between
     * broker and controller, and for this JVM's admin client): its principal {@code User:ANONYMOUS} is the super user,
     * as a broker's own principal must be.
     */
    private void secure(Properties props) {
        String sasl = "SASL_PLAINTEXT://127.0.0.1:" + saslPort;
        props.put("listeners", props.getProperty("listeners") + "," + sasl);
        props.put("advertised.listeners", props.getProperty("advertised.listeners") + "," + sasl);
        props.put("listener.security.protocol.map",
                props.getProperty("listener.security.protocol.map") + ",SASL_PLAINTEXT:SASL_PLAINTEXT");
        props.put("sasl.enabled.mechanisms", "PLAIN");
        StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required");
        saslUsers.forEach((user, password) -> jaas.append(" user_").append(user).append("=\"").append(password)
                .append('"'));
        props.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", jaas.append(';').toString());
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("allow.everyone.if.no.acl.found", "false");
        props.put("super.users", "User:ANONYMOUS");
    }

    private Properties properties(String voters) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(nodeId));
        props.put("controller.quorum.voters", voters);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        props.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        props.put("log.retention.hours", "-1");
        // the controller logs any event slower than this as an ERROR; on a laptop or a busy build machine a metadata
        // event can take a few seconds without anything being wrong, so the in-process broker only reports very slow ones
        props.put("controller.performance.always.log.threshold.ms", "30000");
        if (!saslUsers.isEmpty()) {
            secure(props);
        }
        return props;
    }
}
