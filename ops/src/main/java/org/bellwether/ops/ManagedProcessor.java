package org.bellwether.ops;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.lifecycle.Managed;
import org.apache.kafka.streams.KafkaStreams;
import org.bellwether.processor.ProcessorService;

/**
 * The stream processor under a Dropwizard lifecycle, with its health (healthy only while Kafka Streams is
 * {@code RUNNING}: rebalancing, starting, stopped or failed are reported with the state and the last error) and,
 * when built with its {@link ProcessorMetrics}, its metrics.
 */
public final class ManagedProcessor extends HealthCheck implements Managed {
    private final ProcessorService processor;
    private final ProcessorMetrics metrics;

    public ManagedProcessor(ProcessorService processor) {
        this(processor, null);
    }

    ManagedProcessor(ProcessorService processor, ProcessorMetrics metrics) {
        this.processor = processor;
        this.metrics = metrics;
    }

    /** Registers the processor's metrics (none when built without them). */
    void registerMetrics(MetricRegistry registry) {
        if (metrics != null) {
            metrics.register(registry, processor);
        }
    }

    @Override
    public void start() {
        processor.start();
    }

    @Override
    public void stop() {
        processor.close();
    }

    @Override
    protected Result check() {
        Throwable error = processor.lastError();
        KafkaStreams.State state = processor.state();
        if (state != KafkaStreams.State.RUNNING) {
            return Result.unhealthy("processor is " + state
                    + (error == null ? "" : "; last error: " + error.getMessage()));
        }
        return Result.healthy("processor is " + state);
    }
}
