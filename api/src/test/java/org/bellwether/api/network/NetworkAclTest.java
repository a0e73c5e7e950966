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
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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
 * authorizer: each city authenticates as its own principal with the client settings of its configuration, writes and
 * reads the network topic in its own transactions and consumer group, and the broker refuses it another city's
 * transactional ids and group, and refuses a principal without ACLs and a wrong password.
 */
class NetworkAclTest {
    private static final String TOPIC = Topics.NETWORK_SIGNATURES.name();
    private static final Map<String, String> PASSWORDS = Map.of(
            "citya", password(), "cityb", password(), "cityc", password());
    private static InProcessKafka kafka;

    @BeforeAll
    static void start() throws Exception {
        kafka = InProcessKafka.temporaryWithSasl(PASSWORDS).start();
        kafka.createTopics(Map.of(TOPIC, false), 1);
        try (Admin admin = kafka.admin()) {
            admin.createAcls(Stream.concat(
                    NetworkAcls.forCity("citya", TOPIC, NetworkAcls.group("bellwether-api", "citya")).stream(),
                    NetworkAcls.forCity("cityb", TOPIC, NetworkAcls.group("bellwether-api", "cityb")).stream())
                    .toList()).all().get();
        }
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void aCityWritesAndReadsTheNetworkTopicAsItsOwnPrincipal() throws Exception {
        KafkaSignaturePublisher publisher = new KafkaSignaturePublisher(kafka.saslBootstrapServers(), settings("citya"));
        List<NarrativeSignature> read = new CopyOnWriteArrayList<>();
        TopicConsumer<NarrativeSignature> consumer = new TopicConsumer<>(
                new KafkaSettings(true, kafka.saslBootstrapServers(), "", NetworkAcls.group("bellwether-api", "citya"),
                        Duration.ofSeconds(30)),
                settings("citya").readClient(), Topics.NETWORK_SIGNATURES, "", "network-signatures", read::add,
                Clock.systemUTC());
        try {
            await().atMost(Duration.ofSeconds(60)).ignoreException(ApiException.class)
                    .untilAsserted(() -> publisher.publish(signature("citya", "n-1")));
            consumer.start();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(read).extracting(NarrativeSignature::narrativeId).contains("n-1"));
            assertThat(consumer.problem()).isNull();
        } finally {
            consumer.stop();
            publisher.stop();
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
            consumer.subscribe(List.of(TOPIC));
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
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "citya:n-2", "{}")).get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producer("citya", "not-the-password"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "citya:n-3", "{}")).get())
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
                Duration.ofMinutes(1), 500, Duration.ofDays(14), SignatureMatcher.DEFAULT,
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
