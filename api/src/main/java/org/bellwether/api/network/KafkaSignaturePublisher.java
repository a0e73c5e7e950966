package org.bellwether.api.network;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.bellwether.api.common.ApiException;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes signatures to this city's own topic, {@code network.signatures.<city>} under the network's prefix
 * ({@link NetworkSettings#ownTopic()}), each in a transaction of its own, as the city's principal on a secured network
 * cluster ({@link NetworkSettings#writeClient()}). The transactional id starts with
 * {@link #transactionalIdPrefix(String)}, the prefix the network's ACLs let only this city use ({@link NetworkAcls});
 * each api node adds its own suffix, so nodes do not fence one another. Before its first write it creates the topic
 * when missing (the ACLs give a city {@code Create} on its own topic), with the family's cleanup policy and retention
 * and the cluster's default partitions and replication; a topic the network's admin created beforehand is used as it
 * is. Thread-safe (one transaction at a time).
 */
public final class KafkaSignaturePublisher implements SignaturePublisher, Managed {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSignaturePublisher.class);

    private final Topic<String, NarrativeSignature> topic;
    private final Map<String, Object> config;
    private final Map<String, Object> adminConfig;
    private KafkaProducer<String, NarrativeSignature> producer;

    public KafkaSignaturePublisher(String bootstrapServers, NetworkSettings settings) {
        this.topic = settings.ownTopic();
        Map<String, Object> adminConfig = new HashMap<>(settings.writeClient());
        adminConfig.putAll(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "bellwether-network-" + settings.city() + "-admin",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
        this.adminConfig = Map.copyOf(adminConfig);
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

    /**
     * The producer, its topic created if missing and its transactions initialised on first use (the network cluster
     * may be down at start).
     */
    private KafkaProducer<String, NarrativeSignature> producer() throws InterruptedException, ExecutionException,
            TimeoutException {
        if (producer == null) {
            createTopicIfMissing();
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
     * Creates this city's topic. One that exists is fine; so is a refusal to create (the network's admin keeps
     * {@code Create} and creates the topics): if the topic is missing too, the write that follows fails.
     */
    private void createTopicIfMissing() throws InterruptedException, ExecutionException, TimeoutException {
        NewTopic wanted = new NewTopic(topic.name(), Optional.empty(), Optional.empty()).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanupPolicy(),
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(topic.retentionMs())));
        try (Admin admin = Admin.create(adminConfig)) {
            admin.createTopics(List.of(wanted)).all().get(30, TimeUnit.SECONDS);
            LOG.info("created the network topic {}", topic.name());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return;
            }
            if (e.getCause() instanceof TopicAuthorizationException) {
                LOG.debug("not allowed to create {}; writing to it as the network's admin created it", topic.name());
                return;
            }
            throw e;
        }
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
