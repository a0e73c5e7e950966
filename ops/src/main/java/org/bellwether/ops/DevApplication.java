package org.bellwether.ops;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import org.bellwether.api.BellwetherConfiguration;

/**
 * Dev mode's application: the api with the watchlist's live sources, plus the processor and the demo stream, in
 * one lifecycle. The embedded infrastructure, started before the api (which migrates its database at start-up), is
 * registered first so it stops last; the processor and the demo stream are registered after the api's own
 * components so they start last and stop first. Ctrl-C stops all of it through Jetty's shutdown, in that order.
 */
final class DevApplication extends ApiWithLiveSources {
    private final Infrastructure infrastructure;
    private final ManagedProcessor processor;
    private final DemoFeed demo;
    private final Runnable onStarted;

    /**
     * @param infrastructure already started
     * @param demo           the demo stream, or null for none
     * @param onStarted      called once the server accepts requests
     */
    DevApplication(Infrastructure infrastructure, ManagedProcessor processor, DemoFeed demo, Runnable onStarted) {
        this.infrastructure = infrastructure;
        this.processor = processor;
        this.demo = demo;
        this.onStarted = onStarted;
    }

    @Override
    public void run(BellwetherConfiguration config, Environment environment) {
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                infrastructure.close();
            }
        });
        super.run(config, environment);
        environment.lifecycle().manage(processor);
        environment.healthChecks().register("processor", processor);
        if (demo != null) {
            environment.lifecycle().manage(demo);
            environment.healthChecks().register("demo", demo);
        }
        environment.lifecycle().addServerLifecycleListener(server -> onStarted.run());
    }
}
