package org.bellwether.ops;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.lifecycle.Managed;
import org.bellwether.search.monitor.MonitorService;

/** The saved-search monitor step under a Dropwizard lifecycle, with its health. */
public final class ManagedMonitor extends HealthCheck implements Managed {
    private final MonitorService monitor;

    public ManagedMonitor(MonitorService monitor) {
        this.monitor = monitor;
    }

    @Override
    public void start() {
        monitor.start();
    }

    @Override
    public void stop() {
        monitor.close();
    }

    @Override
    protected Result check() {
        Throwable error = monitor.lastError();
        if (!monitor.isRunning()) {
            return Result.unhealthy("saved-search monitor is not running"
                    + (error == null ? "" : "; last error: " + error.getMessage()));
        }
        return Result.healthy("saved-search monitor holds " + monitor.monitoredSearches() + " searches");
    }
}
