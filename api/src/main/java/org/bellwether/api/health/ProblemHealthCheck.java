package org.bellwether.api.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.function.Supplier;

/** Healthy while the probe reports no problem (null). */
public final class ProblemHealthCheck extends HealthCheck {
    private final Supplier<String> problem;

    public ProblemHealthCheck(Supplier<String> problem) {
        this.problem = problem;
    }

    @Override
    protected Result check() {
        String reason = problem.get();
        return reason == null ? Result.healthy() : Result.unhealthy(reason);
    }
}
