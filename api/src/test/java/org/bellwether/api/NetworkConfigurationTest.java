package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.bellwether.api.network.NetworkSettings;
import org.bellwether.model.NarrativeSignatures;
import org.junit.jupiter.api.Test;

/** The network cluster's client security: from the configuration, the JAAS line from the environment. */
class NetworkConfigurationTest {
    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"lyon\" password=\"from-the-environment\";";

    @Test
    void securityGoesToTheNetworkClusterWithThePasswordFromTheEnvironment() throws Exception {
        NetworkSettings settings = configuration("""
                {"enabled": true, "city": "lyon", "bootstrapServers": "net:9093",
                 "securityProtocol": "SASL_SSL", "saslMechanism": "SCRAM-SHA-512",
                 "clientProperties": {"ssl.truststore.type": "PKCS12"}}""")
                .build(false, keys(Map.of("BELLWETHER_NETWORK_SASL_JAAS_CONFIG", JAAS)));

        assertThat(settings.writeClient()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", JAAS,
                "ssl.truststore.type", "PKCS12"));
        assertThat(settings.readClient()).isEqualTo(settings.writeClient());
        assertThat(settings.toString()).contains("lyon").doesNotContain("from-the-environment");
    }

    @Test
    void aLocalMirrorIsReadWithoutTheNetworkClustersSecurity() throws Exception {
        NetworkSettings settings = configuration("""
                {"enabled": true, "city": "lyon", "bootstrapServers": "net:9093",
                 "readBootstrapServers": "kafka.lyon.internal:9092", "securityProtocol": "SASL_SSL"}""")
                .build(false, keys(Map.of()));
        assertThat(settings.writeClient()).containsEntry("security.protocol", "SASL_SSL");
        assertThat(settings.readClient()).isEmpty();
    }

    @Test
    void securityWithoutANetworkClusterIsAMistake() throws Exception {
        NetworkConfiguration configuration = configuration("""
                {"enabled": true, "city": "lyon", "securityProtocol": "SASL_SSL"}""");
        assertThatThrownBy(() -> configuration.build(false, keys(Map.of())))
                .hasMessageContaining("network.bootstrapServers");
    }

    private static NetworkConfiguration configuration(String json) throws Exception {
        return new ObjectMapper().readValue(json, NetworkConfiguration.class);
    }

    private static Map<String, String> keys(Map<String, String> more) {
        var pair = NarrativeSignatures.newKeyPair();
        var environment = new java.util.HashMap<>(more);
        environment.put("BELLWETHER_NETWORK_PRIVATE_KEY", NarrativeSignatures.encodePrivate(pair.getPrivate()));
        environment.put("BELLWETHER_NETWORK_PUBLIC_KEY", NarrativeSignatures.encodePublic(pair.getPublic()));
        return environment;
    }
}
