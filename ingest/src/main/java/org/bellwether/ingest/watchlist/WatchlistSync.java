package org.bellwether.ingest.watchlist;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.model.WatchlistDocument;
import org.bellwether.ingest.ProducerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the watchlists of separate processes in step through the compacted {@code collector.watchlists} topic:
 * {@link #publish} writes a new version (the api, after an admin edit); {@link #run} follows the topic from the
 * beginning and applies every version to the local {@link WatchlistRegistry} (collector processes). Run it on its
 * own thread; {@link #close()} stops it.
 */
public final class WatchlistSync implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WatchlistSync.class);
    public static final String DEFAULT_NAME = "default";

    private final String bootstrapServers;
    private final Topic<String, WatchlistDocument> topic;
    private final WatchlistRegistry registry;
    private final String name;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean closed;

    public WatchlistSync(String bootstrapServers, String topicPrefix, WatchlistRegistry registry) {
        this.bootstrapServers = bootstrapServers;
        this.topic = Topics.COLLECTOR_WATCHLISTS.prefixed(topicPrefix);
        this.registry = registry;
        this.name = DEFAULT_NAME;
    }

    /** Validates, applies locally, and publishes for other processes. Blocks until written. */
    public WatchlistRegistry.Version publish(String yaml, String updatedBy) throws Exception {
        WatchlistRegistry.Version version = registry.update(yaml, updatedBy);
        try (Producer<String, byte[]> producer = ProducerSettings.producer(
                ProducerSettings.idempotent(bootstrapServers, "bellwether-watchlist"))) {
            WatchlistDocument document = new WatchlistDocument(SchemaVersion.CURRENT, name, yaml, updatedBy,
                    version.updatedAt());
            producer.send(new ProducerRecord<>(topic.name(), name,
                    topic.valueSerde().serializer().serialize(topic.name(), document))).get();
        }
        return version;
    }

    @Override
    public void run() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "bellwether-watchlist-sync");
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = kafka;
            if (closed) {
                return;
            }
            List<TopicPartition> partitions = kafka.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            while (!closed) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofSeconds(1))) {
                    apply(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("watchlist sync stopped: {}", e.toString());
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (!name.equals(record.key()) || record.value() == null) {
            return;
        }
        try {
            WatchlistDocument document = topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
            registry.apply(new WatchlistRegistry.Version(WatchlistYaml.parse(document.yaml()), document.yaml(),
                    document.updatedBy(), document.updatedAt()));
        } catch (RuntimeException e) {
            LOG.warn("ignored an unreadable watchlist at offset {}: {}", record.offset(), e.getMessage());
        }
    }

    @Override
    public void close() {
        closed = true;
        KafkaConsumer<String, byte[]> kafka = consumer;
        if (kafka != null) {
            kafka.wakeup();
        }
    }
}
