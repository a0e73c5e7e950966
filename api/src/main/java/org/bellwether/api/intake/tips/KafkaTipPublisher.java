package org.bellwether.api.intake.tips;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bellwether.model.Tip;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.ingest.ProducerSettings;

/**
 * Publishes tips with an idempotent producer and waits for {@code acks=all} before the tipster gets a reference.
 * Thread-safe; close it with the application.
 */
public final class KafkaTipPublisher implements TipPublisher, AutoCloseable {
    private final Producer<String, byte[]> producer;
    private final Topic<String, Tip> topic;

    public KafkaTipPublisher(Producer<String, byte[]> producer, Topic<String, Tip> topic) {
        this.producer = producer;
        this.topic = topic;
    }

    public static KafkaTipPublisher create(String bootstrapServers, String topicPrefix) {
        return new KafkaTipPublisher(ProducerSettings.producer(
                ProducerSettings.idempotent(bootstrapServers, "bellwether-tips")), Topics.TIPS_RAW.prefixed(topicPrefix));
    }

    @Override
    public void publish(Tip tip) throws Exception {
        byte[] value = topic.valueSerde().serializer().serialize(topic.name(), tip);
        producer.send(new ProducerRecord<>(topic.name(), tip.tipId(), value)).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        producer.close();
    }
}
