package org.bellwether.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.api.common.TopicConsumer;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.SignatureMatcher;
import org.bellwether.model.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The network cluster's ACLs ({@link NetworkAcls}) on a real broker with a SASL/PLAIN listener and the KRaft standard
 * authorizer: each city authenticates as its own principal with the client settings of its configuration, creates and
 * writes its own topic in its own transactions, reads every city's topic in its own consumer group, and the broker
 * refuses it another city's topic (even outside a transaction), transactional ids and group, and refuses a principal
 * without ACLs and a wrong password.
 */
class NetworkAclTest {
    /** City A's topic: its publisher creates it. */
    private static final String TOPIC_A = Topics.NETWORK_SIGNATURES.member("citya").name();
    /** City B's topic: the network's admin creates it. */
    private static final String TOPIC_B = Topics.NETWORK_SIGNATURES.member("cityb").name();
    private static final Map<String, String> PASSWORDS = Map.of(
            "citya", password(), "cityb", password(), "cityc", password());
    private static InProcessKafka kafka;

    @BeforeAll
    static void start() throws Exception {
        kafka = InProcessKafka.temporaryWithSasl(PASSWORDS).start();
        kafka.createTopics(Map.of(TOPIC_B, false), 1);
        try (Admin admin = kafka.admin()) {
            admin.createAcls(Stream.concat(
                    NetworkAcls.forCity("citya", "", NetworkAcls.group("bellwether-api", "citya")).stream(),
                    NetworkAcls.forCity("cityb", "", NetworkAcls.group("bellwether-api", "cityb")).stream())
                    .toList()).all().get();
        }
        // city A's first share creates its topic
        KafkaSignaturePublisher publisher = new KafkaSignaturePublisher(kafka.saslBootstrapServers(), settings("citya"));
        try {
            await().atMost(Duration.ofSeconds(60)).ignoreException(ApiException.class)
                    .untilAsserted(() -> publisher.publish(signature("citya", "a-1")));
        } finally {
            publisher.stop();
        }
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void aCityWritesItsOwnTopicAndReadsEveryCitysAsItsOwnPrincipal() throws Exception {
        try (Admin admin = kafka.admin()) {
            ConfigResource topicA = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC_A);
            Config created = admin.describeConfigs(List.of(topicA)).all().get().get(topicA);
            assertThat(created.get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(created.get("retention.ms").value()).isEqualTo(Long.toString(Duration.ofDays(90).toMillis()));
        }
        KafkaSignaturePublisher publisher = new KafkaSignaturePublisher(kafka.saslBootstrapServers(), settings("cityb"));
        List<String> read = new CopyOnWriteArrayList<>();
        Map<String, String> client = new HashMap<>(settings("cityb").readClient());
        client.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
        TopicConsumer<NarrativeSignature> consumer = new TopicConsumer<>(
                new KafkaSettings(true, kafka.saslBootstrapServers(), "", NetworkAcls.group("bellwether-api", "cityb"),
                        Duration.ofSeconds(30)),
                client, Topics.NETWORK_SIGNATURES, "", "network-signatures",
                (topic, signature) -> read.add(topic + " " + signature.narrativeId()), Clock.systemUTC());
        try {
            await().atMost(Duration.ofSeconds(60)).ignoreException(ApiException.class)
                    .untilAsserted(() -> publisher.publish(signature("cityb", "b-1")));
            consumer.start();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(read).contains(TOPIC_A + " a-1", TOPIC_B + " b-1"));
            assertThat(consumer.problem()).isNull();
        } finally {
            consumer.stop();
            publisher.stop();
        }
    }

    @Test
    void theBrokerRefusesACityWritingToAnotherCitysTopicEvenOutsideATransaction() {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producer("cityb", PASSWORDS.get("cityb")))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC_A, "citya:forged", "{}")).get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        Map<String, Object> inItsOwnTransaction = producer("cityb", PASSWORDS.get("cityb"));
        inItsOwnTransaction.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                KafkaSignaturePublisher.transactionalIdPrefix("cityb") + "x");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(inItsOwnTransaction)) {
            producer.initTransactions();
            producer.beginTransaction();
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC_A, "citya:forged", "{}")).get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        Map<String, Object> admin = new HashMap<>(InProcessKafka.saslPlainClient("cityb", PASSWORDS.get("cityb")));
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.saslBootstrapServers());
        try (Admin asCityB = Admin.create(admin)) {
            assertThatThrownBy(() -> asCityB.createTopics(List.of(new NewTopic(
                    Topics.NETWORK_SIGNATURES.member("cityz").name(), 1, (short) 1))).all().get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theBrokerRefusesACityAnotherCitysTransactionsAndConsumerGroup() {
        Map<String, Object> asCityB = producer("citya", PASSWORDS.get("citya"));
        asCityB.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, KafkaSignaturePublisher.transactionalIdPrefix("cityb") + "x");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(asCityB)) {
            assertThatThrownBy(producer::initTransactions).isInstanceOf(TransactionalIdAuthorizationException.class);
        }

        Map<String, Object> reader = new HashMap<>(InProcessKafka.saslPlainClient("citya", PASSWORDS.get("citya")));
        reader.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.saslBootstrapServers());
        reader.put(ConsumerConfig.GROUP_ID_CONFIG, NetworkAcls.group("bellwether-api", "cityb"));
        reader.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(reader, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC_A));
            assertThatThrownBy(() -> {
                for (int i = 0; i < 120; i++) {
                    consumer.poll(Duration.ofMillis(500));
                }
            }).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void aPrincipalWithoutAclsCannotWriteAndAWrongPasswordCannotConnect() {
        KafkaSignaturePublisher outsider = new KafkaSignaturePublisher(kafka.saslBootstrapServers(),
                settings("cityc"));
        try {
            assertThatThrownBy(() -> outsider.publish(signature("cityc", "n-9")))
                    .isInstanceOf(ApiException.class);
        } finally {
            outsider.stop();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producer("cityc", PASSWORDS.get("cityc")))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC_A, "citya:n-2", "{}")).get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producer("citya", "not-the-password"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC_A, "citya:n-3", "{}")).get())
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static Map<String, Object> producer(String user, String password) {
        Map<String, Object> config = new HashMap<>(InProcessKafka.saslPlainClient(user, password));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.saslBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return config;
    }

    /** A city's settings as its configuration builds them: the network cluster's SASL listener, its own password. */
    private static NetworkSettings settings(String city) {
        return new NetworkSettings(true, city, null, "", kafka.saslBootstrapServers(), "", "", 20, false,
                Duration.ofMinutes(1), 500, Duration.ofDays(14), SignatureMatcher.DEFAULT, Duration.ofMinutes(2),
                InProcessKafka.saslPlainClient(city, PASSWORDS.get(city)));
    }

    private static NarrativeSignature signature(String city, String narrativeId) {
        return new NarrativeSignature(0, city, narrativeId, Map.of("*", List.of("bridge", "closing", "mill")),
                List.of(), List.of(), Map.of(), List.of("en"), Instant.parse("2026-03-14T09:00:00Z"), 4.0, null,
                Instant.parse("2026-03-14T10:00:00Z"), "unsigned");
    }

    private static String password() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
