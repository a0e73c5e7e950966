package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.bellwether.api.network.NetworkSettings;
import org.bellwether.model.NarrativeSignatures;
import org.bellwether.model.SignatureMatcher;

/**
 * {@code network:} sharing narrative signatures with other cities (off by default). The signing key comes from
 * {@code privateKey}/{@code publicKey} or the environment ({@code BELLWETHER_NETWORK_PRIVATE_KEY},
 * {@code BELLWETHER_NETWORK_PUBLIC_KEY}); in dev mode without one, a key pair is generated once into
 * {@code devKeyFile}. The network cluster's client security ({@code securityProtocol}, {@code saslMechanism},
 * {@code saslJaasConfig} or {@code BELLWETHER_NETWORK_SASL_JAAS_CONFIG}, and any other Kafka client property in
 * {@code clientProperties}, e.g. {@code ssl.truststore.location}) applies to the connections to
 * {@code bootstrapServers}; the city's own cluster is reached as {@code kafka:} says.
 */
public class NetworkConfiguration {
    @JsonProperty
    private boolean enabled;

    @NotNull
    @JsonProperty
    private String city = "";

    @NotNull
    @JsonProperty
    private String privateKey = "";

    @NotNull
    @JsonProperty
    private String publicKey = "";

    @NotNull
    @JsonProperty
    private String devKeyFile = "data/dev-network-key";

    @NotNull
    @JsonProperty
    private String bootstrapServers = "";

    @NotNull
    @JsonProperty
    private String readBootstrapServers = "";

    @NotNull
    @JsonProperty
    private String topicPrefix = "";

    @Min(1)
    @JsonProperty
    private int minDistinctAuthors = 20;

    @JsonProperty
    private boolean autoShareCritical;

    @NotNull
    @JsonProperty
    private Duration matchInterval = Duration.minutes(1);

    @Min(1)
    @Max(10_000)
    @JsonProperty
    private int liveNarratives = 500;

    @NotNull
    @JsonProperty
    private Duration lookBack = Duration.days(14);

    /** How soon the intake finds the topic of a city that joined later (the consumer's metadata refresh). */
    @NotNull
    @JsonProperty
    private Duration topicRefresh = Duration.minutes(2);

    @JsonProperty
    private double minTermCosine = SignatureMatcher.DEFAULT.minTermCosine();

    @Min(1)
    @JsonProperty
    private int minSharedTerms = SignatureMatcher.DEFAULT.minSharedTerms();

    /** {@code security.protocol} towards the network cluster, e.g. SASL_SSL; empty: Kafka's default (PLAINTEXT). */
    @NotNull
    @JsonProperty
    private String securityProtocol = "";

    /** {@code sasl.mechanism}, e.g. SCRAM-SHA-512 or PLAIN; empty: none. */
    @NotNull
    @JsonProperty
    private String saslMechanism = "";

    /** {@code sasl.jaas.config} with the city's user name and password; keep it out of files: use the environment. */
    @NotNull
    @JsonProperty
    private String saslJaasConfig = "";

    /** Further Kafka client properties towards the network cluster (TLS trust and key stores, ...). */
    @NotNull
    @JsonProperty
    private Map<String, String> clientProperties = Map.of();

    public NetworkSettings build(boolean devMode, Map<String, String> environment) {
        if (!enabled) {
            return new NetworkSettings(false, city, null, "", bootstrapServers, readBootstrapServers,
                    topicPrefix, minDistinctAuthors, false,
                    matchInterval.toJavaDuration(), liveNarratives, lookBack.toJavaDuration(),
                    new SignatureMatcher(minTermCosine, minSharedTerms), topicRefresh.toJavaDuration(), Map.of());
        }
        if (!city.matches("[a-z0-9][a-z0-9_-]{0,62}")) {
            throw new IllegalArgumentException("network.city must be a lower-case name (a-z, 0-9, _ and -)");
        }
        String privateText = privateKey.isBlank() ? environment.getOrDefault("BELLWETHER_NETWORK_PRIVATE_KEY", "")
                : privateKey;
        String publicText = publicKey.isBlank() ? environment.getOrDefault("BELLWETHER_NETWORK_PUBLIC_KEY", "")
                : publicKey;
        if (privateText.isBlank() && devMode) {
            List<String> pair = devKeyPair(Path.of(devKeyFile));
            privateText = pair.get(0);
            publicText = pair.get(1);
        }
        if (privateText.isBlank() || publicText.isBlank()) {
            throw new IllegalArgumentException("network.enabled needs the city's Ed25519 key pair: network.privateKey "
                    + "and network.publicKey, or BELLWETHER_NETWORK_PRIVATE_KEY and BELLWETHER_NETWORK_PUBLIC_KEY");
        }
        NarrativeSignatures.publicKey(publicText);
        return new NetworkSettings(true, city, NarrativeSignatures.privateKey(privateText), publicText.trim(),
                bootstrapServers, readBootstrapServers, topicPrefix, minDistinctAuthors, autoShareCritical,
                matchInterval.toJavaDuration(), liveNarratives, lookBack.toJavaDuration(),
                new SignatureMatcher(minTermCosine, minSharedTerms), topicRefresh.toJavaDuration(),
                client(environment));
    }

    /** The network cluster's client security settings, the JAAS configuration from the environment if not here. */
    Map<String, String> client(Map<String, String> environment) {
        Map<String, String> client = new java.util.TreeMap<>(clientProperties);
        String jaas = saslJaasConfig.isBlank()
                ? environment.getOrDefault("BELLWETHER_NETWORK_SASL_JAAS_CONFIG", "") : saslJaasConfig;
        putIfSet(client, "security.protocol", securityProtocol);
        putIfSet(client, "sasl.mechanism", saslMechanism);
        putIfSet(client, "sasl.jaas.config", jaas);
        if (!client.isEmpty() && bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("network client security applies to network.bootstrapServers, "
                    + "which is empty: the city's own cluster is reached as kafka: says");
        }
        return client;
    }

    private static void putIfSet(Map<String, String> client, String key, String value) {
        if (!value.isBlank()) {
            client.put(key, value.strip());
        }
    }

    /** Two lines: private key, public key; generated on first use. */
    private static List<String> devKeyPair(Path file) {
        try {
            if (!Files.exists(file)) {
                KeyPair pair = NarrativeSignatures.newKeyPair();
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, NarrativeSignatures.encodePrivate(pair.getPrivate()) + "\n"
                        + NarrativeSignatures.encodePublic(pair.getPublic()) + "\n", StandardCharsets.UTF_8);
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the dev network key " + file, e);
        }
    }
}
