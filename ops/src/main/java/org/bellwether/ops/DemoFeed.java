package org.bellwether.ops;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorTopics;
import org.bellwether.ingest.KafkaCollectorSink;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.collectors.demo.DemoStreamer;
import org.bellwether.model.ContactCipher;

/**
 * Dev mode's demo stream: the seeded Port Lucena scenario streamed into Kafka at a steady rate, resumed after its
 * last committed event on the next start. Managed, with its counts as health.
 */
public final class DemoFeed extends HealthCheck implements Managed {
    private final String bootstrap;
    private final ContactCipher cipher;
    private final org.bellwether.collectors.demo.Scenario scenario;
    private final double eventsPerSecond;
    private KafkaCollectorSink sink;
    private DemoStreamer streamer;
    private Thread thread;

    public DemoFeed(String bootstrap, ContactCipher cipher, long seed, double eventsPerSecond) {
        this(bootstrap, cipher, DemoSettings.defaults(seed), eventsPerSecond);
    }

    /** @param eventsPerSecond at most this many posts and tips per second; 0 for no limit */
    public DemoFeed(String bootstrap, ContactCipher cipher, DemoSettings settings, double eventsPerSecond) {
        this.bootstrap = bootstrap;
        this.cipher = cipher;
        this.scenario = DemoScenario.generate(settings);
        this.eventsPerSecond = eventsPerSecond;
    }

    @Override
    public synchronized void start() {
        CollectorTopics topics = CollectorTopics.withPrefix("");
        CheckpointStore checkpoints = CheckpointStore.load(bootstrap, topics.checkpoints(), Duration.ofSeconds(30));
        sink = KafkaCollectorSink.create(bootstrap, "", "bellwether-dev-demo");
        streamer = new DemoStreamer(scenario, sink, checkpoints, cipher,
                eventsPerSecond, true, Clock.systemUTC(), new CollectorCounters("demo"));
        thread = new Thread(streamer, "demo-streamer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        if (streamer != null) {
            streamer.close();
            sink.close();
            streamer = null;
        }
    }

    /** True once the whole scenario was sent and committed. */
    public synchronized boolean finished() {
        return streamer != null && streamer.finished();
    }

    /** How far the stream moved the scenario's times, once it has started; null before. */
    public synchronized java.time.Duration shift() {
        return streamer == null ? null : streamer.shift();
    }

    /** The scenario streamed. */
    public org.bellwether.collectors.demo.Scenario scenario() {
        return scenario;
    }

    @Override
    protected synchronized Result check() {
        if (streamer == null) {
            return Result.unhealthy("demo stream is not running");
        }
        String counts = streamer.counters().snapshot().line();
        if (!sink.isHealthy()) {
            return Result.unhealthy("demo sink cannot write to Kafka; " + counts);
        }
        return Result.healthy((streamer.finished() ? "finished; " : "streaming; ") + counts);
    }
}
