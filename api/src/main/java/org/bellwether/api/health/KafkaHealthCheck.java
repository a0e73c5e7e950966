package org.bellwether.api.health;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.bellwether.api.common.KafkaSettings;

/** The Kafka cluster answers within the timeout. Holds one admin client; thread-safe. */
public final class KafkaHealthCheck extends HealthCheck implements Managed {
    private final KafkaSettings settings;
    private volatile Admin admin;

    public KafkaHealthCheck(KafkaSettings settings) {
        this.settings = settings;
    }

    @Override
    protected Result check() throws Exception {
        if (!settings.enabled()) {
            return Result.healthy("disabled by configuration");
        }
        Duration timeout = settings.healthTimeout();
        int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                .nodes().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS).size();
        return nodes > 0 ? Result.healthy("%d broker(s) at %s", nodes, settings.bootstrapServers())
                : Result.unhealthy("no brokers at " + settings.bootstrapServers());
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                    AdminClientConfig.CLIENT_ID_CONFIG, settings.groupId() + "-health",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.healthTimeout().toMillis(),
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) settings.healthTimeout().toMillis()));
        }
        return admin;
    }

    @Override
    public synchronized void stop() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
