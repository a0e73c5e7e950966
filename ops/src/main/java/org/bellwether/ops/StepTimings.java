package org.bellwether.ops;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Times every step of the processor's topology, by the step's name ({@code validate-posts}, {@code normalise},
 * {@code enrich-and-score}, {@code place-in-narrative}, ...), as Dropwizard timers
 * {@code bellwether.step.latency.<step>}: a Kafka Streams {@code processor.wrapper.class}, so the topology itself is
 * unchanged. A step forwards to the next one inside its own {@code process} call; the time spent in the steps it
 * forwards to is subtracted, so each timer holds the step's own time per record. The registry comes in the Streams
 * configuration under {@link #REGISTRY} ({@link ProcessorMetrics#timingSteps}).
 */
public final class StepTimings implements ProcessorWrapper {
    /** Streams configuration key of the {@link MetricRegistry} the timers go into. */
    public static final String REGISTRY = "bellwether.step.timings.registry";
    /** Name prefix of the timers. */
    public static final String PREFIX = "bellwether.step.latency";

    /** Per stream thread: nanoseconds spent in the steps the running step forwarded to. */
    private static final ThreadLocal<long[]> NESTED = ThreadLocal.withInitial(() -> new long[1]);

    private MetricRegistry registry = new MetricRegistry();

    @Override
    public void configure(Map<String, ?> configs) {
        Object given = configs.get(REGISTRY);
        if (given instanceof MetricRegistry metrics) {
            registry = metrics;
        }
    }

    @Override
    public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
            String processorName, ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
        Timer timer = timer(processorName);
        return new WrappedProcessorSupplier<>() {
            @Override
            public Processor<KIn, VIn, KOut, VOut> get() {
                return new TimedProcessor<>(supplier.get(), timer);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        };
    }

    @Override
    public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
            String processorName, FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
        Timer timer = timer(processorName);
        return new WrappedFixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<KIn, VIn, VOut> get() {
                return new TimedFixedKeyProcessor<>(supplier.get(), timer);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        };
    }

    private Timer timer(String processorName) {
        return registry.timer(MetricRegistry.name(PREFIX, processorName.replace('.', '_')));
    }

    /** Runs one step's {@code process}, recording its own time (without the steps it forwarded to). */
    private static void timed(Timer timer, Runnable step) {
        long[] nested = NESTED.get();
        long outer = nested[0];
        nested[0] = 0;
        long start = System.nanoTime();
        try {
            step.run();
        } finally {
            long elapsed = System.nanoTime() - start;
            timer.update(Math.max(0, elapsed - nested[0]), java.util.concurrent.TimeUnit.NANOSECONDS);
            nested[0] = outer + elapsed;
        }
    }

    private record TimedProcessor<KIn, VIn, KOut, VOut>(Processor<KIn, VIn, KOut, VOut> delegate, Timer timer)
            implements Processor<KIn, VIn, KOut, VOut> {
        @Override
        public void init(ProcessorContext<KOut, VOut> context) {
            delegate.init(context);
        }

        @Override
        public void process(Record<KIn, VIn> record) {
            timed(timer, () -> delegate.process(record));
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    private record TimedFixedKeyProcessor<KIn, VIn, VOut>(FixedKeyProcessor<KIn, VIn, VOut> delegate, Timer timer)
            implements FixedKeyProcessor<KIn, VIn, VOut> {
        @Override
        public void init(FixedKeyProcessorContext<KIn, VOut> context) {
            delegate.init(context);
        }

        @Override
        public void process(FixedKeyRecord<KIn, VIn> record) {
            timed(timer, () -> delegate.process(record));
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
