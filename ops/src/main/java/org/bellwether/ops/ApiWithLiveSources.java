package org.bellwether.ops;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import org.bellwether.api.BellwetherApplication;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.api.intake.CollectorGauges;
import org.bellwether.api.intake.IntakeConfiguration.IntakeSettings;
import org.bellwether.ingest.CollectorMetrics;

/**
 * The api plus the watchlist's live sources in the same JVM, for one-process deployments (dev mode and the
 * end-to-end tests): an admin adds a feed in the admin pages and its items arrive without another process. The
 * live sources are registered after the api's own components, so they start after it and stop before it; they
 * count in the api's source counters (status page, {@code collectors.*} metrics) and report their sink as the
 * {@code live-sources} health check. Without Kafka there are none.
 */
public class ApiWithLiveSources extends BellwetherApplication {
    private CollectorMetrics metrics;

    /**
     * The live sources count in the api's source counters, so the admin status page lists them beside intake's;
     * besides the api's {@code collectors.*} gauges they are registered as {@code bellwether.collector.*} counters
     * ({@link SourceMetrics}).
     */
    @Override
    protected CollectorMetrics sourceMetrics(Environment environment) {
        metrics = new CollectorMetrics(new CollectorGauges(environment.metrics())
                .andThen(new SourceMetrics(environment.metrics())));
        SourceMetrics.registerTotals(environment.metrics(), metrics, false);
        return metrics;
    }

    @Override
    public void run(BellwetherConfiguration config, Environment environment) {
        super.run(config, environment);
        KafkaSettings kafka = config.buildKafka();
        if (!kafka.enabled()) {
            return;
        }
        IntakeSettings intake = config.getIntake().build();
        LiveSources live = new LiveSources(kafka.bootstrapServers(), kafka.topicPrefix(), intake.initialWatchlist(),
                intake.transactionalId() + "-live", metrics, Clock.systemUTC());
        environment.lifecycle().manage(live);
        environment.healthChecks().register("live-sources", live.healthCheck());
    }
}
