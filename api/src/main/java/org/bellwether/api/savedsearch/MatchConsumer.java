package org.bellwether.api.savedsearch;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.model.SearchMatch;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code search.matches} into saved-search alerts. The api nodes share one consumer group, so each match
 * goes to one node; offsets are committed after the matches are taken in, so delivery is at least once and
 * {@link SavedSearchAlerts} makes it exactly-once in effect. A record that does not deserialise is logged and
 * skipped. One thread; thread-safe.
 */
public final class MatchConsumer implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(MatchConsumer.class);

    private final KafkaSettings settings;
    private final SavedSearchAlerts alerts;
    private final Clock clock;
    private final AtomicLong taken = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicReference<Instant> lastPoll = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean running;
    private KafkaConsumer<String, SearchMatch> consumer;
    private Thread thread;

    public MatchConsumer(KafkaSettings settings, SavedSearchAlerts alerts, Clock clock) {
        this.settings = settings;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        Topic<String, SearchMatch> topic = Topics.SEARCH_MATCHES.prefixed(settings.topicPrefix());
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, settings.groupId() + "-saved-searches",
                ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-search-matches",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        consumer.subscribe(List.of(topic.name()));
        running = true;
        thread = new Thread(this::loop, "search-matches-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (running) {
                try {
                    ConsumerRecords<String, SearchMatch> records = consumer.poll(Duration.ofMillis(500));
                    lastPoll.set(clock.instant());
                    for (ConsumerRecord<String, SearchMatch> record : records) {
                        if (record.value() != null) {
                            alerts.take(record.value());
                            taken.incrementAndGet();
                        }
                    }
                    if (!records.isEmpty()) {
                        consumer.commitSync();
                    }
                    lastError.set(null);
                } catch (RecordDeserializationException e) {
                    skipped.incrementAndGet();
                    LOG.warn("skipping malformed match at {}@{}: {}", e.topicPartition(), e.offset(), e.getMessage());
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                } catch (WakeupException e) {
                    break;
                } catch (RuntimeException e) {
                    // the database may be down: keep the offsets, back off, try the same records again
                    lastError.set(e.toString());
                    LOG.warn("saved-search alerting failed, retrying: {}", e.toString());
                    rewindToCommitted();
                    pause();
                }
            }
        } finally {
            consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void rewindToCommitted() {
        var assignment = consumer.assignment();
        var committed = consumer.committed(assignment);
        for (var partition : assignment) {
            var offset = committed.get(partition);
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }

    /** Null when healthy, else why not. */
    public String problem() {
        if (thread == null || !thread.isAlive()) {
            return "search matches consumer is not running";
        }
        return lastError.get();
    }

    public long taken() {
        return taken.get();
    }

    public long skipped() {
        return skipped.get();
    }
}
