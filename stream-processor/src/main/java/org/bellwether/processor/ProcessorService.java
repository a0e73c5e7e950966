package org.bellwether.processor;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the topology: a plain lifecycle ({@link #start}, {@link #close}) and health ({@link #state},
 * {@link #isRunning}, {@link #lastError}) for the ops module to wrap in a Dropwizard {@code Managed} and
 * {@code HealthCheck}. An exception escaping a stream thread replaces the thread (the task is restored from its
 * changelog, exactly once); repeated failures are visible through {@link #lastError()}. Thread-safe.
 */
public final class ProcessorService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessorService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Topology topology;
    private final Properties properties;
    private final AtomicReference<Throwable> lastError = new AtomicReference<>();
    private KafkaStreams streams;

    public ProcessorService(Topology topology, Properties properties) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.properties = (Properties) properties.clone();
    }

    /**
     * Builds the topology of the pipeline under these properties' topology configuration (so a
     * {@code processor.wrapper.class} among them wraps every step).
     */
    public ProcessorService(Pipeline pipeline, Properties properties) {
        this(BellwetherTopology.buildTopology(pipeline, new TopologyConfig(new StreamsConfig(properties))),
                properties);
    }

    /** Starts processing; returns at once (state moves from REBALANCING to RUNNING). Idempotent. */
    public synchronized void start() {
        if (streams != null) {
            return;
        }
        streams = new KafkaStreams(topology, properties);
        streams.setUncaughtExceptionHandler(exception -> {
            lastError.set(exception);
            LOG.error("stream thread failed; replacing it (state is restored from the changelog)", exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((next, previous) -> LOG.info("processor state {} -> {}", previous, next));
        streams.start();
    }

    /** Stops processing and commits; idempotent. */
    @Override
    public synchronized void close() {
        if (streams == null) {
            return;
        }
        streams.close(CLOSE_TIMEOUT);
        streams = null;
    }

    /** The Kafka Streams state, or {@code NOT_RUNNING} before start and after close. */
    public synchronized KafkaStreams.State state() {
        return streams == null ? KafkaStreams.State.NOT_RUNNING : streams.state();
    }

    /** True while processing or rebalancing. */
    public synchronized boolean isRunning() {
        return streams != null && streams.state().isRunningOrRebalancing();
    }

    /** The last exception that escaped a stream thread, or null. */
    public Throwable lastError() {
        return lastError.get();
    }

    /** The running instance, for metrics and interactive queries; null when not started. */
    public synchronized KafkaStreams streams() {
        return streams;
    }
}
