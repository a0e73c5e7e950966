package org.bellwether.api.network;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.bellwether.api.common.ApiException;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes signatures to {@code network.signatures} under the network's prefix, each in a transaction of its own, as
 * the city's principal on a secured network cluster ({@link NetworkSettings#writeClient()}). The transactional id
 * starts with {@link #transactionalIdPrefix(String)}, the prefix the network's ACLs let only this city use
 * ({@link NetworkAcls}); each api node adds its own suffix, so nodes do not fence one another. Thread-safe (one
 * transaction at a time).
 */
public final class KafkaSignaturePublisher implements SignaturePublisher, Managed {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSignaturePublisher.class);

    private final Topic<String, NarrativeSignature> topic;
    private final Map<String, Object> config;
    private KafkaProducer<String, NarrativeSignature> producer;

    public KafkaSignaturePublisher(String bootstrapServers, NetworkSettings settings) {
        this.topic = Topics.NETWORK_SIGNATURES.prefixed(settings.topicPrefix());
        Map<String, Object> config = new HashMap<>(settings.writeClient());
        config.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "bellwether-network-" + settings.city(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalIdPrefix(settings.city()) + UUID.randomUUID(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000));
        this.config = Map.copyOf(config);
    }

    /** {@code bellwether-network.<city>.}: a city name holds no dot, so no city's prefix starts another's. */
    public static String transactionalIdPrefix(String city) {
        return "bellwether-network." + city + ".";
    }

    @Override
    public synchronized void publish(NarrativeSignature signature) {
        try {
            KafkaProducer<String, NarrativeSignature> open = producer();
            open.beginTransaction();
            try {
                open.send(new ProducerRecord<>(topic.name(), signature.key(), signature)).get(30, TimeUnit.SECONDS);
                open.commitTransaction();
            } catch (ExecutionException | TimeoutException | KafkaException e) {
                abort();
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
            throw new ApiException(503, "Network unavailable", "sharing was interrupted", java.util.List.of());
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            LOG.warn("network topic not written: {}", e.getMessage());
            throw new ApiException(503, "Network unavailable", "the network topic cannot be written now",
                    java.util.List.of());
        }
    }

    /** The producer, its transactions initialised on first use (the network cluster may be down at start). */
    private KafkaProducer<String, NarrativeSignature> producer() {
        if (producer == null) {
            KafkaProducer<String, NarrativeSignature> created = new KafkaProducer<>(config,
                    topic.keySerde().serializer(), topic.valueSerde().serializer());
            try {
                created.initTransactions();
            } catch (KafkaException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    /**
     * Aborts the open transaction (so readers are not held up until it times out) and drops the producer; the next
     * share starts a fresh one.
     */
    private void abort() {
        if (producer == null) {
            return;
        }
        try {
            producer.abortTransaction();
        } catch (KafkaException | IllegalStateException e) {
            LOG.debug("transaction not aborted ({}); closing the producer ends it", e.toString());
        }
        producer.close(Duration.ZERO);
        producer = null;
    }

    @Override
    public void start() {
    }

    @Override
    public synchronized void stop() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
