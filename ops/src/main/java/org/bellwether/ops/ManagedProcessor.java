package org.bellwether.ops;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.lifecycle.Managed;
import org.bellwether.processor.ProcessorService;

/** The stream processor under a Dropwizard lifecycle, with its health. */
public final class ManagedProcessor extends HealthCheck implements Managed {
    private final ProcessorService processor;

    public ManagedProcessor(ProcessorService processor) {
        this.processor = processor;
    }

    @Override
    public void start() {
        processor.start();
    }

    @Override
    public void stop() {
        processor.close();
    }

    @Override
    protected Result check() {
        Throwable error = processor.lastError();
        if (!processor.isRunning()) {
            return Result.unhealthy("processor is " + processor.state()
                    + (error == null ? "" : "; last error: " + error.getMessage()));
        }
        return Result.healthy("processor is " + processor.state());
    }
}
