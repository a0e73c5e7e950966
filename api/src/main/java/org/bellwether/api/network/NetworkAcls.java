package org.bellwether.api.network;

import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.bellwether.model.Topics;

/**
 * The ACLs the network cluster gives one city, principal {@code User:<city>}: create, write and describe only its own
 * topic ({@code network.signatures.<city>}, literal), read every city's ({@code network.signatures.}, prefixed),
 * write only in transactions whose id starts with the city's prefix
 * ({@link KafkaSignaturePublisher#transactionalIdPrefix(String)}), read only in the city's own consumer group. With
 * the standard authorizer and no ACL meaning no access, a city cannot write a record to another city's topic (in a
 * transaction or not), commit under another city's transactional ids, nor read in its group. A city name holds no
 * dot, so no city's topic or transactional-id prefix starts another's. The broker does not look inside records: that
 * a record on a city's topic names that city, and is signed with its key, is every reader's check
 * ({@link SignatureIntake}). Thread-safe (stateless).
 */
public final class NetworkAcls {
    private NetworkAcls() {
    }

    /**
     * @param city        the city's network name, also its principal's name
     * @param topicPrefix the network's topic prefix on the network cluster ({@code network.topicPrefix}, "" for none)
     * @param group       the consumer group the city's api nodes read the topics in
     *                    ({@code <kafka.groupId>-<city>-network})
     */
    public static List<AclBinding> forCity(String city, String topicPrefix, String group) {
        String principal = "User:" + city;
        ResourcePattern ownTopic = new ResourcePattern(ResourceType.TOPIC,
                Topics.NETWORK_SIGNATURES.member(city).prefixed(topicPrefix).name(), PatternType.LITERAL);
        ResourcePattern everyCity = new ResourcePattern(ResourceType.TOPIC,
                topicPrefix + Topics.NETWORK_SIGNATURES.namePrefix(), PatternType.PREFIXED);
        ResourcePattern transactions = new ResourcePattern(ResourceType.TRANSACTIONAL_ID,
                KafkaSignaturePublisher.transactionalIdPrefix(city), PatternType.PREFIXED);
        ResourcePattern groupPattern = new ResourcePattern(ResourceType.GROUP, group, PatternType.LITERAL);
        return List.of(
                allow(ownTopic, principal, AclOperation.CREATE),
                allow(ownTopic, principal, AclOperation.WRITE),
                allow(ownTopic, principal, AclOperation.DESCRIBE),
                allow(everyCity, principal, AclOperation.READ),
                allow(everyCity, principal, AclOperation.DESCRIBE),
                allow(transactions, principal, AclOperation.WRITE),
                allow(transactions, principal, AclOperation.DESCRIBE),
                allow(groupPattern, principal, AclOperation.READ));
    }

    /** The consumer group a city's api nodes read the network's topics in, given the city's {@code kafka.groupId}. */
    public static String group(String kafkaGroupId, String city) {
        return kafkaGroupId + "-" + city + "-network";
    }

    private static AclBinding allow(ResourcePattern pattern, String principal, AclOperation operation) {
        return new AclBinding(pattern, new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }
}
