package org.bellwether.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.bellwether.api.common.KafkaSettings;

/** {@code kafka:} bootstrap servers, topic prefix and the consumer group of this api. */
public class KafkaConfiguration {
    /** False runs the api without Kafka (alerts are not consumed, responses wait in the outbox). */
    @JsonProperty
    private boolean enabled = true;

    @NotBlank
    @JsonProperty
    private String bootstrapServers = "127.0.0.1:9092";

    /** Empty or missing: no prefix. */
    @JsonProperty
    private String topicPrefix = "";

    @NotBlank
    @JsonProperty
    private String groupId = "bellwether-api";

    @NotNull
    @JsonProperty
    private Duration healthTimeout = Duration.seconds(3);

    public boolean isEnabled() {
        return enabled;
    }

    public String getBootstrapServers() {
        return bootstrapServers;
    }

    public void setBootstrapServers(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public String getTopicPrefix() {
        return topicPrefix == null ? "" : topicPrefix;
    }

    public KafkaSettings build() {
        return new KafkaSettings(enabled, bootstrapServers, getTopicPrefix(), groupId, healthTimeout.toJavaDuration());
    }
}
