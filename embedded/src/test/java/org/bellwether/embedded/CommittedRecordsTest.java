package org.bellwether.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommittedRecordsTest {
    private static InProcessKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = InProcessKafka.temporary().start();
        kafka.createTopics(Map.of("events", false, "later", false), 2);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void readsCommittedTransactionsFromTheBeginningAndNeverAbortedOnes() throws Exception {
        try (KafkaProducer<String, String> producer = transactional("events")) {
            send(producer, "events", 0, "a", "b", "c");
            producer.commitTransaction();
            send(producer, "events", 1, "aborted-1", "aborted-2");
            producer.abortTransaction();
            send(producer, "events", 1, "d");
            producer.commitTransaction();
        }
        assertThat(CommittedRecords.keys(kafka.bootstrapServers(), "events")).containsExactlyInAnyOrder("a", "b", "c",
                "d");
        assertThat(CommittedRecords.values(kafka.bootstrapServers(), "events", new StringDeserializer()))
                .containsExactlyInAnyOrder("value-a", "value-b", "value-c", "value-d");
        assertThat(CommittedRecords.of(kafka.bootstrapServers(), "no-such-topic")).isEmpty();

        try (CommittedRecords reader = CommittedRecords.from(kafka.bootstrapServers(),
                Map.of(new TopicPartition("events", 0), 1L, new TopicPartition("events", 1), 0L))) {
            assertThat(reader.readToEnd()).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("b", "c", "d");
        }
    }

    @Test
    void anOpenReaderKeepsWhatItReadAndWaitsForACountOrForQuiet() throws Exception {
        try (CommittedRecords reader = CommittedRecords.fromBeginning(kafka.bootstrapServers(), "later");
             KafkaProducer<String, String> producer = transactional("later")) {
            assertThat(reader.readUntilQuiet(Duration.ofMillis(300))).isEmpty();
            send(producer, "later", 0, "x", "y");
            producer.commitTransaction();
            assertThat(reader.readAtLeast(2)).extracting(ConsumerRecord::key).containsExactly("x", "y");
            send(producer, "later", 1, "z");
            producer.commitTransaction();
            assertThat(reader.readAtLeast(3)).hasSize(3);
            assertThat(reader.readUntilQuiet(Duration.ofMillis(300))).hasSize(3);
            assertThat(reader.keys()).containsExactlyInAnyOrder("x", "y", "z");
            assertThat(reader.values(new StringDeserializer())).containsExactlyInAnyOrder("value-x", "value-y",
                    "value-z");
        }
    }

    private static KafkaProducer<String, String> transactional(String id) {
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "committed-records-test-" + id),
                new StringSerializer(), new StringSerializer());
        producer.initTransactions();
        return producer;
    }

    private static void send(KafkaProducer<String, String> producer, String topic, int partition, String... keys)
            throws Exception {
        producer.beginTransaction();
        for (String key : keys) {
            producer.send(new ProducerRecord<>(topic, partition, key, "value-" + key)).get();
        }
    }
}
