package org.bellwether.api.common;

import java.time.Duration;

/** Where Kafka is and how this api names its topics and consumer group. */
public record KafkaSettings(boolean enabled, String bootstrapServers, String topicPrefix, String groupId,
                            Duration healthTimeout) {
}
