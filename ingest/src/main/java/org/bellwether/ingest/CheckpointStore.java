package org.bellwether.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bellwether.model.CollectorCheckpoint;
import org.bellwether.model.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last committed position of every source, read once from the compacted {@code collector.checkpoints} topic
 * (read_committed, from the beginning to the end offsets seen at start). Sources look their position up here when
 * they start; writing goes through the {@link CollectorSink}. Thread-safe.
 */
public final class CheckpointStore {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);

    private final Map<String, CollectorCheckpoint> positions;

    public CheckpointStore(Map<String, CollectorCheckpoint> positions) {
        this.positions = new ConcurrentHashMap<>(positions);
    }

    /** A store with no positions: every source starts from its beginning. */
    public static CheckpointStore empty() {
        return new CheckpointStore(Map.of());
    }

    /** Reads the topic to its current end. */
    public static CheckpointStore load(String bootstrapServers, Topic<String, CollectorCheckpoint> topic,
                                       Duration timeout) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "bellwether-checkpoint-reader");
        Map<String, CollectorCheckpoint> positions = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions;
            try {
                partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.warn("no checkpoint topic {} yet: every source starts from its beginning", topic.name());
                partitions = List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("checkpoints not read within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        positions.remove(record.key());
                        continue;
                    }
                    try {
                        positions.put(record.key(),
                                topic.valueSerde().deserializer().deserialize(record.topic(), record.value()));
                    } catch (RuntimeException e) {
                        LOG.warn("unreadable checkpoint for {} ignored: {}", record.key(), e.getMessage());
                    }
                }
            }
        }
        return new CheckpointStore(positions);
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
            if (consumer.position(entry.getKey()) < entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    public Optional<String> position(String sourceKey) {
        return Optional.ofNullable(positions.get(sourceKey)).map(CollectorCheckpoint::position);
    }

    /** Records a position this process committed, so a source restarted in-process resumes from it. */
    public void remember(CollectorCheckpoint checkpoint) {
        positions.put(checkpoint.sourceKey(), checkpoint);
    }

    /** Records positions committed by this process (see {@link KafkaCollectorSink#onCommit}). */
    public void rememberAll(Map<String, String> committed) {
        java.time.Instant now = java.time.Instant.now();
        committed.forEach((key, position) -> positions.put(key,
                new CollectorCheckpoint(org.bellwether.model.SchemaVersion.CURRENT, key, position, now)));
    }

    public Map<String, CollectorCheckpoint> all() {
        return Map.copyOf(positions);
    }
}
