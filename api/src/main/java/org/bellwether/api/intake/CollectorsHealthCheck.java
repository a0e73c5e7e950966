package org.bellwether.api.intake;

import com.codahale.metrics.health.HealthCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.bellwether.ingest.CircuitBreaker;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorMetrics;

/**
 * Healthy while the sink can write and no source's circuit breaker is open. Reports each source's counts.
 * Register it in the api or ops environment: {@code environment.healthChecks().register("collectors", check)}.
 */
public final class CollectorsHealthCheck extends HealthCheck {
    private final CollectorMetrics metrics;
    private final BooleanSupplier sinkHealthy;

    public CollectorsHealthCheck(CollectorMetrics metrics, BooleanSupplier sinkHealthy) {
        this.metrics = metrics;
        this.sinkHealthy = sinkHealthy;
    }

    @Override
    protected Result check() {
        List<String> problems = new ArrayList<>();
        if (!sinkHealthy.getAsBoolean()) {
            problems.add("collector sink failed or closed");
        }
        metrics.breakerStates().forEach((source, state) -> {
            if (state == CircuitBreaker.State.OPEN) {
                problems.add(source + " circuit open");
            }
        });
        ResultBuilder builder = problems.isEmpty() ? Result.builder().healthy() : Result.builder().unhealthy();
        if (!problems.isEmpty()) {
            builder.withMessage(String.join("; ", problems));
        }
        for (CollectorCounters.Snapshot snapshot : metrics.snapshots()) {
            builder.withDetail(snapshot.source(), snapshot.line().substring(snapshot.source().length() + 2)
                    + " lagMs=" + snapshot.lagMillis()
                    + (snapshot.lastError() == null ? "" : " lastError=" + snapshot.lastError()));
        }
        return builder.build();
    }
}
