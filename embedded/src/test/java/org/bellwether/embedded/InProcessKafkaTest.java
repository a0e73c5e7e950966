package org.bellwether.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InProcessKafkaTest {

    @Test
    void keepsTopicsAndRecordsAcrossARestartAndListensOnLoopbackOnly(@TempDir Path dir) throws Exception {
        Path logDir = dir.resolve("kafka");
        try (InProcessKafka kafka = InProcessKafka.persistent(logDir, 0).start()) {
            assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
            kafka.createTopics(Map.of("events", false, "snapshots", true), 2);
            kafka.createTopics(Map.of("events", false), 2); // idempotent
            try (var admin = kafka.admin()) {
                var compacted = new ConfigResource(ConfigResource.Type.TOPIC, "snapshots");
                var config = admin.describeConfigs(List.of(compacted)).all().get().get(compacted);
                assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            }
            try (var producer = producer(kafka)) {
                for (int i = 0; i < 10; i++) {
                    producer.send(new ProducerRecord<>("events", "k" + i, "v" + i)).get();
                }
            }
        }
        assertThat(Files.exists(logDir)).as("persistent log dir is kept").isTrue();

        try (InProcessKafka again = InProcessKafka.persistent(logDir, 0).start()) {
            assertThat(CommittedRecords.values(again.bootstrapServers(), "events", new StringDeserializer()))
                    .hasSize(10).contains("v0", "v9");
        }
    }

    @Test
    void temporaryBrokerRemovesItsLogDirectory() {
        Path logDir;
        try (InProcessKafka kafka = InProcessKafka.temporary().start()) {
            logDir = kafka.logDir();
            assertThat(Files.exists(logDir)).isTrue();
        }
        assertThat(Files.exists(logDir)).isFalse();
    }

    private static KafkaProducer<String, String> producer(InProcessKafka kafka) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }
}
