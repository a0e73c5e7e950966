package org.bellwether.api.intake.tips;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Tip;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorMetrics;
import org.bellwether.ingest.CollectorTopics;
import org.bellwether.ingest.KafkaCollectorSink;
import org.bellwether.ingest.SourceScheduler;

/**
 * The e-mail tip inbox for the lifecycle of the api: at start it reads the inbox's checkpoint and polls it with an
 * {@link ImapTipPoller} on its own scheduler (backoff and circuit breaker as for every polled source); each tip
 * and the UID after it are written in one transaction of the intake sink, so a restart neither repeats nor skips
 * a message. Stopping lets a poll in progress finish.
 */
public final class TipMailbox implements Managed {
    private final ImapSettings settings;
    private final String bootstrapServers;
    private final String topicPrefix;
    private final KafkaCollectorSink sink;
    private final ContactCipher cipher;
    private final AddressRateLimiter limiter;
    private final Supplier<List<String>> neighbourhoods;
    private final CollectorMetrics metrics;
    private final Clock clock;
    /** Told of every accepted tip, so its sealed contact is kept for a reply. */
    private final Consumer<Tip> accepted;
    private SourceScheduler scheduler;

    public TipMailbox(ImapSettings settings, String bootstrapServers, String topicPrefix, KafkaCollectorSink sink,
                      ContactCipher cipher, AddressRateLimiter limiter, Supplier<List<String>> neighbourhoods,
                      CollectorMetrics metrics, Clock clock, Consumer<Tip> accepted) {
        this.settings = settings;
        this.bootstrapServers = bootstrapServers;
        this.topicPrefix = topicPrefix;
        this.sink = sink;
        this.cipher = cipher;
        this.limiter = limiter;
        this.neighbourhoods = neighbourhoods;
        this.metrics = metrics;
        this.clock = clock;
        this.accepted = accepted;
    }

    @Override
    public void start() {
        CheckpointStore checkpoints = CheckpointStore.load(bootstrapServers,
                CollectorTopics.withPrefix(topicPrefix).checkpoints(), Duration.ofSeconds(30));
        sink.onCommit(checkpoints::rememberAll);
        scheduler = new SourceScheduler(1, metrics);
        scheduler.start(new ImapTipPoller(settings, cipher, limiter, neighbourhoods, sink, checkpoints,
                metrics.counters("email"), clock, accepted));
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
    }
}
