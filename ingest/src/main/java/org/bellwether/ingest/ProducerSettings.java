package org.bellwether.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one place producer settings are decided, for every collector. Records are keyed {@code source:sourceId}
 * (strings) and carry values already serialised by the topic's serde, so one producer writes every topic.
 *
 * <p>Settings: idempotence on, {@code acks=all}, at most 5 requests in flight (ordering kept by idempotence),
 * 20 ms linger and 128 KiB batches (throughput without noticeable latency for a city feed), lz4 compression.
 */
public final class ProducerSettings {
    /** Bootstrap servers used when none are given: the one {@code dev} mode listens on. */
    public static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";

    private ProducerSettings() {
    }

    /** An idempotent, non-transactional producer configuration. */
    public static Map<String, Object> idempotent(String bootstrapServers, String clientId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 32L * 1024 * 1024);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        return config;
    }

    /**
     * An idempotent producer that also writes in transactions, so posts and the checkpoint that covers them
     * commit together ({@link KafkaCollectorSink}). One transactional id per collector process role.
     */
    public static Map<String, Object> transactional(String bootstrapServers, String clientId, String transactionalId) {
        Map<String, Object> config = idempotent(bootstrapServers, clientId);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000);
        return config;
    }

    /** A producer of string keys and pre-serialised values with the given configuration. */
    public static Producer<String, byte[]> producer(Map<String, Object> config) {
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }
}
