package org.bellwether.ops;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.bellwether.api.health.LiveCounter;
import org.bellwether.processor.PipelineCounters;
import org.bellwether.processor.ProcessorService;

/**
 * The processor's metrics, registered from the counters it keeps anyway ({@link PipelineCounters}, Kafka Streams'
 * consumer metrics) rather than counted a second time:
 * <ul>
 *   <li>{@code bellwether.posts.processed}: posts and tips the pipeline took (valid and invalid);</li>
 *   <li>{@code bellwether.dlq.records}: records it dead-lettered to {@code posts.dlq};</li>
 *   <li>{@code bellwether.pipeline.<outcome>}: every pipeline counter (valid, invalid, duplicate, scored, amplified,
 *       narratives_created, narratives_merged, alerts, snapshots, responses);</li>
 *   <li>{@code bellwether.consumer.lag.records}: records on its input partitions (and its internal repartition
 *       topic) not yet read, summed over this instance's partitions; -1 while it is not running;</li>
 *   <li>{@code bellwether.step.latency.<step>}: each step's own time per record ({@link StepTimings}).</li>
 * </ul>
 * Counters appear in the Prometheus format with {@code _total}. The step timers exist once the topology is built
 * with {@link #timingSteps}.
 */
final class ProcessorMetrics {
    private final PipelineCounters counters;
    private final MetricRegistry steps = new MetricRegistry();

    ProcessorMetrics(PipelineCounters counters) {
        this.counters = counters;
    }

    /** The Streams properties with the step timer wrapper added (a copy). */
    Properties timingSteps(Properties streams) {
        Properties timed = (Properties) streams.clone();
        timed.put(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, StepTimings.class);
        timed.put(StepTimings.REGISTRY, steps);
        return timed;
    }

    void register(MetricRegistry registry, ProcessorService processor) {
        registry.register("bellwether.posts.processed", new LiveCounter(() -> {
            Map<String, Long> counts = counters.snapshotCounts();
            return counts.get("valid") + counts.get("invalid");
        }));
        registry.register("bellwether.dlq.records", new LiveCounter(() -> counters.snapshotCounts().get("invalid")));
        for (String outcome : counters.snapshotCounts().keySet()) {
            registry.register(MetricRegistry.name("bellwether.pipeline", outcome),
                    new LiveCounter(() -> counters.snapshotCounts().get(outcome)));
        }
        registry.register("bellwether.consumer.lag.records", (Gauge<Long>) () -> consumerLag(processor.streams()));
        registry.registerAll(steps);
    }

    /**
     * The sum of {@code records-lag} over the partitions this instance's main consumers fetch (not the restore
     * consumers'); -1 when not running.
     */
    static long consumerLag(KafkaStreams streams) {
        if (streams == null || !streams.state().isRunningOrRebalancing()) {
            return -1;
        }
        long lag = 0;
        for (Map.Entry<MetricName, ? extends Metric> entry : streams.metrics().entrySet()) {
            MetricName name = entry.getKey();
            String client = name.tags().getOrDefault("client-id", "");
            if (name.name().equals("records-lag") && name.group().equals("consumer-fetch-manager-metrics")
                    && name.tags().containsKey("partition") && !client.endsWith("restore-consumer")
                    && entry.getValue().metricValue() instanceof Double value && !value.isNaN()) {
                lag += value.longValue();
            }
        }
        return lag;
    }
}
