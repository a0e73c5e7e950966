package org.bellwether.api.network;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.SignatureMatcher;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;

/**
 * This city's place in the network of cities.
 *
 * @param enabled            whether this city shares and receives signatures
 * @param city               this city's network name (its principal on the network cluster)
 * @param privateKey         the city's Ed25519 signing key
 * @param publicKey          the matching public key, base64 X.509, as other cities put it in their trust lists
 * @param bootstrapServers   the cluster signatures are written to (empty: the city's own Kafka)
 * @param readBootstrapServers the cluster they are read from (empty: where they are written), e.g. a local
 *                           MirrorMaker 2 copy of the network's topics
 * @param topicPrefix        prefix of the network's topics on the network cluster ("" for
 *                           {@code network.signatures.<city>})
 * @param minDistinctAuthors only narratives with at least this many distinct authors may be shared
 * @param autoShareCritical  share a narrative's signature as soon as it is flagged critical (city policy)
 * @param matchInterval      how often received signatures are matched against the live narratives
 * @param liveNarratives     how many live narratives (by priority) are matched
 * @param lookBack           how old a received signature may be and still be matched
 * @param matcher            the match thresholds
 * @param topicRefresh       how soon the intake finds the topic of a city that joined later (the consumer's
 *                           {@code metadata.max.age.ms})
 * @param client             Kafka client properties towards the network cluster ({@code bootstrapServers}):
 *                           {@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}, ...
 */
public record NetworkSettings(boolean enabled, String city, PrivateKey privateKey, String publicKey,
                              String bootstrapServers, String readBootstrapServers, String topicPrefix, int minDistinctAuthors, boolean autoShareCritical,
                              Duration matchInterval, int liveNarratives, Duration lookBack,
                              SignatureMatcher matcher, Duration topicRefresh, Map<String, String> client) {

    public NetworkSettings {
        client = Map.copyOf(client);
    }

    /** Where signatures are written: the network cluster, else the city's own. */
    public String writeTo(String cityBootstrap) {
        return bootstrapServers == null || bootstrapServers.isBlank() ? cityBootstrap : bootstrapServers;
    }

    /** Client properties of the connection that writes: the network cluster's, none for the city's own. */
    public Map<String, String> writeClient() {
        return bootstrapServers == null || bootstrapServers.isBlank() ? Map.of() : client;
    }

    /** Client properties of the connection that reads: a local mirror is the city's own cluster. */
    public Map<String, String> readClient() {
        return readBootstrapServers == null || readBootstrapServers.isBlank() ? writeClient() : Map.of();
    }

    /** This city's topic on the network cluster, {@code <topicPrefix>network.signatures.<city>}: only it writes there. */
    public Topic<String, NarrativeSignature> ownTopic() {
        return Topics.NETWORK_SIGNATURES.member(city).prefixed(topicPrefix);
    }

    /** The city whose topic this is on the network cluster; empty for a topic outside the network's. */
    public Optional<String> cityOfTopic(String topicName) {
        return Topics.NETWORK_SIGNATURES.memberOf(topicName, topicPrefix);
    }

    /** Names the settings without the key or the client properties' values (the JAAS configuration holds a password). */
    @Override
    public String toString() {
        return "NetworkSettings[enabled=" + enabled + ", city=" + city + ", bootstrapServers=" + bootstrapServers
                + ", readBootstrapServers=" + readBootstrapServers + ", topicPrefix=" + topicPrefix
                + ", client=" + client.keySet() + "]";
    }

    /** Where signatures are read from. */
    public String readFrom(String cityBootstrap) {
        return readBootstrapServers == null || readBootstrapServers.isBlank() ? writeTo(cityBootstrap)
                : readBootstrapServers;
    }
}
