package org.bellwether.api.notify;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.api.notify.db.OutboxRow;
import org.bellwether.model.Json;
import org.bellwether.model.ResponseEvent;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;

/**
 * Publishes recorded responses to the {@code responses} topic (key narrativeId) from the outbox with an
 * idempotent producer (acks=all), waiting for the broker's acknowledgement before the row counts as delivered.
 * Thread-safe.
 */
public final class KafkaResponseSender implements NotificationSender, Managed {
    private final Topic<String, ResponseEvent> topic;
    private final KafkaProducer<String, ResponseEvent> producer;

    public KafkaResponseSender(KafkaSettings settings) {
        this.topic = Topics.RESPONSES.prefixed(settings.topicPrefix());
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-responses",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    @Override
    public String channel() {
        return Notification.KAFKA;
    }

    @Override
    public String send(OutboxRow row, String recipient) throws Exception {
        ResponseEvent event = Json.read(row.body(), ResponseEvent.class);
        producer.send(new ProducerRecord<>(topic.name(), event.narrativeId(), event)).get(30, TimeUnit.SECONDS);
        return null;
    }

    @Override
    public void stop() {
        producer.close(Duration.ofSeconds(5));
    }
}
