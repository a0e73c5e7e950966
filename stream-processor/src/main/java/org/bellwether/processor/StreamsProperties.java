package org.bellwether.processor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * Kafka Streams configuration for the processor: exactly-once (v2) processing, the given application id, brokers,
 * state directory and commit interval. Posts and tips are read as bytes and validated by the topology itself, so
 * nothing malformed reaches a deserializer there; a malformed {@code responses} record (written by the api, so
 * unexpected) is logged and skipped rather than stopping the pipeline.
 */
public final class StreamsProperties {
    /** Streams application id of the processor; also the prefix of its internal topics. */
    public static final String APPLICATION_ID = "bellwether-processor";
    /** Default commit interval under exactly-once: the latency/throughput trade-off of Kafka's own default. */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);

    private StreamsProperties() {
    }

    /**
     * @param applicationId  Streams application id (also the consumer group and the prefix of internal topics)
     * @param bootstrap      bootstrap servers, e.g. {@code 127.0.0.1:9092}
     * @param stateDirectory where local state stores live
     * @param commitInterval how often offsets and state are committed (exactly-once transactions)
     */
    public static Properties build(String applicationId, String bootstrap, Path stateDirectory,
                                   Duration commitInterval) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory.toAbsolutePath().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, String.valueOf(commitInterval.toMillis()));
        props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, String.valueOf(32L * 1024 * 1024));
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "5");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        return props;
    }

    /**
     * A deployment's processor: {@link #APPLICATION_ID} behind its topic prefix (so topologies of different cities
     * sharing one Kafka cluster are separate consumer groups with separate internal topics), the default commit
     * interval.
     */
    public static Properties forDeployment(String topicPrefix, String bootstrap, Path stateDirectory) {
        return build(applicationId(topicPrefix), bootstrap, stateDirectory);
    }

    /** The Streams application id of a deployment: {@link #APPLICATION_ID} behind its topic prefix. */
    public static String applicationId(String topicPrefix) {
        return topicPrefix + APPLICATION_ID;
    }

    /** The same with the default commit interval. */
    public static Properties build(String applicationId, String bootstrap, Path stateDirectory) {
        return build(applicationId, bootstrap, stateDirectory, DEFAULT_COMMIT_INTERVAL);
    }
}
