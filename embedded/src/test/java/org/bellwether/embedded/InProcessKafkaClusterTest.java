package org.bellwether.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class InProcessKafkaClusterTest {
    private static final String TOPIC = "ledger";
    private static final int PER_TRANSACTION = 50;

    @Test
    void transactionsKeepCommittingWhileOneOfThreeBrokersIsDownAndEveryRecordIsReadOnce() throws Exception {
        long began = System.nanoTime();
        try (InProcessKafkaCluster cluster = InProcessKafkaCluster.temporary(3).start()) {
            System.out.printf("three-node cluster started in %d ms%n",
                    Duration.ofNanos(System.nanoTime() - began).toMillis());
            String bootstrap = cluster.bootstrapServers();
            assertThat(bootstrap.split(",")).hasSize(3).allMatch(address -> address.startsWith("127.0.0.1:"));
            try (Admin admin = cluster.admin()) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 3)
                        .configs(Map.of("min.insync.replicas", "2")))).all().get();
                // the brokers learn of a new topic from the metadata log: the one asked may not know it yet
                Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                        assertThat(describe(admin).partitions().get(0).isr()).hasSize(3));
            }
            List<String> sent = new ArrayList<>();
            try (KafkaProducer<String, String> producer = transactional(bootstrap)) {
                producer.initTransactions();
                commit(producer, 0, 10, sent);

                int leader;
                try (Admin admin = cluster.admin()) {
                    leader = describe(admin).partitions().get(0).leader().id();
                }
                cluster.kill(leader);
                assertThat(cluster.running(leader)).isFalse();
                commit(producer, 10, 10, sent);
                try (Admin admin = cluster.admin()) {
                    var partition = describe(admin).partitions().get(0);
                    assertThat(partition.leader().id()).as("a surviving replica leads").isNotEqualTo(leader);
                    assertThat(partition.isr()).extracting(Node::id).doesNotContain(leader).hasSize(2);
                }

                cluster.restart(leader);
                assertThat(cluster.bootstrapServers()).as("same ports").isEqualTo(bootstrap);
                commit(producer, 20, 10, sent);
                try (Admin admin = cluster.admin()) {
                    Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                            assertThat(describe(admin).partitions().get(0).isr()).extracting(Node::id)
                                    .as("the restarted broker catches up from its own log").contains(leader));
                }
            }

            List<String> read = CommittedRecords.values(bootstrap, TOPIC, new StringDeserializer());
            assertThat(read).hasSize(30 * PER_TRANSACTION).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(sent);
        }
    }

    @Test
    void aTemporaryClusterRemovesItsFolders() throws Exception {
        InProcessKafkaCluster cluster = InProcessKafkaCluster.temporary(1).start();
        try (Admin admin = cluster.admin()) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
        cluster.close();
        cluster.close(); // idempotent
        assertThat(Files.exists(cluster.directory())).isFalse();
    }

    private static void commit(KafkaProducer<String, String> producer, int first, int transactions,
                               List<String> sent) {
        for (int t = first; t < first + transactions; t++) {
            producer.beginTransaction();
            int transaction = t;
            List<String> values = IntStream.range(0, PER_TRANSACTION)
                    .mapToObj(i -> "t" + transaction + "-r" + i).toList();
            values.forEach(value -> producer.send(new ProducerRecord<>(TOPIC, value, value)));
            producer.commitTransaction();
            sent.addAll(values);
        }
    }

    private static TopicDescription describe(Admin admin) throws Exception {
        return admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC);
    }

    private static KafkaProducer<String, String> transactional(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "ledger-writer",
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }
}
