package org.bellwether.api.common;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Serde;
import org.bellwether.model.Topic;
import org.bellwether.model.TopicFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes one topic into a handler on a thread of its own: the api's way of taking in what the stream produces
 * ({@code alerts} into triage cases, {@code search.matches} into saved-search alerts). The api nodes share one
 * consumer group per topic, so each record goes to one node. Offsets are committed after the records are handed
 * over, so delivery is at least once; the handler makes it exactly-once in effect (idempotent by the record's id).
 * A record that does not deserialise is logged and skipped, never retried forever; a handler failure (the database
 * down) keeps the offsets and retries the same records after a pause. It can instead follow every topic of a
 * {@link TopicFamily} by pattern subscription (the network's per-city topics), picking up a member's topic created
 * later at the next metadata refresh ({@code metadata.max.age.ms}). Thread-safe.
 *
 * @param <V> the topic's value
 */
public final class TopicConsumer<V> implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(TopicConsumer.class);

    private final KafkaSettings settings;
    private final Map<String, String> client;
    private final Serde<String> keySerde;
    private final Serde<V> valueSerde;
    /** The topic's name without the deployment prefix, or null when following {@link #pattern}. */
    private final String topicName;
    /** The family's topic names without the deployment prefix, or null when following {@link #topicName}. */
    private final Pattern pattern;
    private final String groupSuffix;
    private final String name;
    private final BiConsumer<String, V> handler;
    private final Clock clock;
    private final AtomicLong taken = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicReference<Instant> lastPoll = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean running;
    private KafkaConsumer<String, V> consumer;
    private Thread thread;

    /**
     * @param topic       the topic, without the deployment prefix
     * @param groupSuffix added to the deployment's consumer group id ("" for the group itself)
     * @param name        names the client id, the thread, the log lines and the health message, e.g. {@code alerts}
     * @param handler     takes one record's value; idempotent
     */
    public TopicConsumer(KafkaSettings settings, Topic<String, V> topic, String groupSuffix, String name,
                         Consumer<V> handler, Clock clock) {
        this(settings, Map.of(), topic, groupSuffix, name, handler, clock);
    }

    /** @param client further Kafka client properties, e.g. the security settings of another cluster */
    public TopicConsumer(KafkaSettings settings, Map<String, String> client, Topic<String, V> topic,
                         String groupSuffix, String name, Consumer<V> handler, Clock clock) {
        this(settings, client, topic.keySerde(), topic.valueSerde(), topic.name(), null, groupSuffix, name,
                (ignored, value) -> handler.accept(value), clock);
    }

    /**
     * Follows every topic of the family under the deployment prefix, those created later too.
     *
     * @param client  further Kafka client properties; {@code metadata.max.age.ms} bounds how long a new member's
     *                topic goes unnoticed
     * @param handler takes the full name of the record's topic and its value; idempotent
     */
    public TopicConsumer(KafkaSettings settings, Map<String, String> client, TopicFamily<String, V> family,
                         String groupSuffix, String name, BiConsumer<String, V> handler, Clock clock) {
        this(settings, client, family.keySerde(), family.valueSerde(), null, family.pattern(), groupSuffix, name,
                handler, clock);
    }

    private TopicConsumer(KafkaSettings settings, Map<String, String> client, Serde<String> keySerde,
                          Serde<V> valueSerde, String topicName, Pattern pattern, String groupSuffix, String name,
                          BiConsumer<String, V> handler, Clock clock) {
        this.settings = settings;
        this.client = Map.copyOf(client);
        this.keySerde = keySerde;
        this.valueSerde = valueSerde;
        this.topicName = topicName;
        this.pattern = pattern;
        this.groupSuffix = groupSuffix;
        this.name = name;
        this.handler = handler;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        String prefix = settings.topicPrefix() == null ? "" : settings.topicPrefix();
        Map<String, Object> config = new java.util.HashMap<>(client);
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, settings.groupId() + groupSuffix,
                ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-" + name,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200));
        consumer = new KafkaConsumer<>(config, keySerde.deserializer(), valueSerde.deserializer());
        if (pattern == null) {
            consumer.subscribe(List.of(prefix + topicName));
        } else {
            consumer.subscribe(Pattern.compile(Pattern.quote(prefix) + pattern.pattern()));
        }
        running = true;
        thread = new Thread(this::loop, name + "-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (running) {
                try {
                    ConsumerRecords<String, V> records = consumer.poll(Duration.ofMillis(500));
                    lastPoll.set(clock.instant());
                    for (ConsumerRecord<String, V> record : records) {
                        if (record.value() != null) {
                            handler.accept(record.topic(), record.value());
                            taken.incrementAndGet();
                        }
                    }
                    if (!records.isEmpty()) {
                        consumer.commitSync();
                    }
                    lastError.set(null);
                } catch (RecordDeserializationException e) {
                    skipped.incrementAndGet();
                    LOG.warn("skipping malformed {} record at {}@{}: {}", name, e.topicPartition(), e.offset(), e.getMessage());
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                } catch (WakeupException e) {
                    break;
                } catch (RuntimeException e) {
                    // the database may be down: keep the offsets, back off, try the same records again
                    lastError.set(e.toString());
                    LOG.warn("{} intake failed, retrying: {}", name, e.toString());
                    rewindToCommitted();
                    pause();
                }
            }
        } finally {
            consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void rewindToCommitted() {
        try {
            rewind();
        } catch (RuntimeException e) {
            // e.g. not authorised to read the group's offsets: keep the consumer thread, report, and retry later
            lastError.set(e.toString());
        }
    }

    private void rewind() {
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
            return name.replace('-', ' ') + " consumer is not running";
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
