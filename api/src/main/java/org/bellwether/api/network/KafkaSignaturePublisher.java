package org.bellwether.api.network;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bellwether.api.common.ApiException;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;

/**
 * Writes signatures to {@code network.signatures} under the network's prefix with an idempotent producer whose
 * client id names the city (on a secured network cluster the city's principal, which the ACLs let write only
 * records of its own). Thread-safe.
 */
public final class KafkaSignaturePublisher implements SignaturePublisher, Managed {
    private final Topic<String, NarrativeSignature> topic;
    private final KafkaProducer<String, NarrativeSignature> producer;

    public KafkaSignaturePublisher(String bootstrapServers, NetworkSettings settings) {
        this.topic = Topics.NETWORK_SIGNATURES.prefixed(settings.topicPrefix());
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "bellwether-network-" + settings.city(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    @Override
    public void publish(NarrativeSignature signature) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), signature.key(), signature)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "Network unavailable", "sharing was interrupted", java.util.List.of());
        } catch (ExecutionException | TimeoutException e) {
            throw new ApiException(503, "Network unavailable", "the network topic cannot be written now",
                    java.util.List.of());
        }
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
        producer.close(Duration.ofSeconds(5));
    }
}
