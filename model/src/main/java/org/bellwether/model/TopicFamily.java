package org.bellwether.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serde;

/**
 * Topics that share a name prefix, serdes and configuration, one per member: {@code network.signatures.<city>} is
 * the topic of one city's signatures. A member name holds no dot, so no member's topic name starts another's. The
 * members are not known in advance, so a family is not in {@link Topics#all()} (nothing provisions it as a whole):
 * writers create their member's topic, readers subscribe to {@link #pattern()}.
 *
 * @param namePrefix        every member topic's name up to the member, e.g. {@code network.signatures.}
 * @param keySerde          key serde
 * @param valueSerde        value serde
 * @param retention         how long records are kept (the family's topics are event topics)
 * @param minInSyncReplicas as {@link Topic#minInSyncReplicas()}
 */
public record TopicFamily<K, V>(String namePrefix, Serde<K> keySerde, Serde<V> valueSerde, Duration retention,
                                int minInSyncReplicas) {
    /** Kafka's legal topic characters, less the dot. */
    private static final Pattern MEMBER = Pattern.compile("[a-zA-Z0-9_-]+");

    public TopicFamily {
        Objects.requireNonNull(namePrefix, "namePrefix");
        if (!namePrefix.endsWith(".")) {
            throw new IllegalArgumentException(namePrefix + ": a family's name prefix ends with a dot");
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException(namePrefix + ": retention must be positive");
        }
        if (minInSyncReplicas < 1) {
            throw new IllegalArgumentException(namePrefix + ": minInSyncReplicas must be at least 1");
        }
    }

    /** The member's topic, without a deployment prefix. */
    public Topic<K, V> member(String member) {
        if (member == null || !MEMBER.matcher(member).matches()) {
            throw new IllegalArgumentException("not a member name (letters, digits, _ and -): " + member);
        }
        return new Topic<>(namePrefix + member, keySerde, valueSerde, false, retention, minInSyncReplicas);
    }

    /** Every member's topic name, without a deployment prefix (the consumer adds its own, quoted). */
    public Pattern pattern() {
        return Pattern.compile(Pattern.quote(namePrefix) + MEMBER.pattern());
    }

    /** The member whose topic this is, under a deployment prefix; empty for a topic outside the family. */
    public Optional<String> memberOf(String topicName, String deploymentPrefix) {
        String prefix = (deploymentPrefix == null ? "" : deploymentPrefix) + namePrefix;
        if (topicName == null || !topicName.startsWith(prefix)) {
            return Optional.empty();
        }
        String member = topicName.substring(prefix.length());
        return MEMBER.matcher(member).matches() ? Optional.of(member) : Optional.empty();
    }
}
