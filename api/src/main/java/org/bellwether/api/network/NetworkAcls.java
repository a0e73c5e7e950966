package org.bellwether.api.network;

import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACLs the network cluster gives one city, principal {@code User:<city>}: write and read the network topic,
 * write only in transactions whose id starts with the city's prefix
 * ({@link KafkaSignaturePublisher#transactionalIdPrefix(String)}), read only in the city's own consumer group. With
 * the standard authorizer and no ACL meaning no access, a city cannot commit records under another city's
 * transactional ids nor read in its group. Kafka ACLs do not look inside records: a city writing a record in another
 * city's name is caught by every reader's signature check (quarantined as {@code bad signature}). Thread-safe
 * (stateless).
 */
public final class NetworkAcls {
    private NetworkAcls() {
    }

    /**
     * @param city  the city's network name, also its principal's name
     * @param topic the network topic's full name on the network cluster
     * @param group the consumer group the city's api nodes read the topic in ({@code <kafka.groupId>-<city>-network})
     */
    public static List<AclBinding> forCity(String city, String topic, String group) {
        String principal = "User:" + city;
        ResourcePattern topicPattern = new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL);
        ResourcePattern transactions = new ResourcePattern(ResourceType.TRANSACTIONAL_ID,
                KafkaSignaturePublisher.transactionalIdPrefix(city), PatternType.PREFIXED);
        ResourcePattern groupPattern = new ResourcePattern(ResourceType.GROUP, group, PatternType.LITERAL);
        return List.of(
                allow(topicPattern, principal, AclOperation.WRITE),
                allow(topicPattern, principal, AclOperation.READ),
                allow(topicPattern, principal, AclOperation.DESCRIBE),
                allow(transactions, principal, AclOperation.WRITE),
                allow(transactions, principal, AclOperation.DESCRIBE),
                allow(groupPattern, principal, AclOperation.READ));
    }

    /** The consumer group a city's api nodes read the network topic in, given the city's {@code kafka.groupId}. */
    public static String group(String kafkaGroupId, String city) {
        return kafkaGroupId + "-" + city + "-network";
    }

    private static AclBinding allow(ResourcePattern pattern, String principal, AclOperation operation) {
        return new AclBinding(pattern, new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }
}
