package org.bellwether.search.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the monitor step ({@link MatchTopology}) with its {@link SavedQueryMonitor}: a plain lifecycle for the ops
 * module to wrap in a Dropwizard {@code Managed}, and health ({@link #isRunning}, {@link #lastError}). Thread-safe.
 */
public final class MonitorService implements AutoCloseable {
    /** Streams application id of the monitor step, behind the deployment's topic prefix. */
    public static final String APPLICATION_ID = "bellwether-monitor";
    private static final Logger LOG = LoggerFactory.getLogger(MonitorService.class);

    private final String topicPrefix;
    private final Properties properties;
    private final AtomicReference<Throwable> lastError = new AtomicReference<>();
    private SavedQueryMonitor monitor;
    private KafkaStreams streams;

    /**
     * @param topicPrefix    the deployment's topic prefix
     * @param bootstrap      Kafka bootstrap servers
     * @param stateDirectory where Kafka Streams keeps its local state
     */
    public MonitorService(String topicPrefix, String bootstrap, Path stateDirectory) {
        this.topicPrefix = topicPrefix;
        this.properties = properties(topicPrefix + APPLICATION_ID, bootstrap, stateDirectory);
    }

    static Properties properties(String applicationId, String bootstrap, Path stateDirectory) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory.toAbsolutePath().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return props;
    }

    /** Starts matching; returns at once. Idempotent. */
    public synchronized void start() {
        if (streams != null) {
            return;
        }
        monitor = new SavedQueryMonitor();
        streams = new KafkaStreams(MatchTopology.buildTopology(topicPrefix, monitor), properties);
        streams.setUncaughtExceptionHandler(exception -> {
            lastError.set(exception);
            LOG.error("monitor thread failed; replacing it", exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
    }

    /** Stops matching and commits; idempotent. */
    @Override
    public synchronized void close() {
        if (streams == null) {
            return;
        }
        streams.close(Duration.ofSeconds(30));
        streams = null;
        try {
            monitor.close();
        } catch (IOException e) {
            LOG.warn("closing the saved-search monitor: {}", e.toString());
        }
        monitor = null;
    }

    /** True while matching or rebalancing. */
    public synchronized boolean isRunning() {
        return streams != null && streams.state().isRunningOrRebalancing();
    }

    /** How many saved searches the monitor holds (0 when stopped). */
    public synchronized int monitoredSearches() {
        return monitor == null ? 0 : monitor.size();
    }

    /** The last exception that escaped a stream thread, or null. */
    public Throwable lastError() {
        return lastError.get();
    }
}
