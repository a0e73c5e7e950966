package org.bellwether.ops;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.bellwether.api.BellwetherConfiguration;

/**
 * Dev mode's application: the api with the watchlist's live sources, plus the processor, the saved-search monitor and the
 * demo stream, in
 * one lifecycle. The embedded infrastructure, started before the api (which migrates its database at start-up), is
 * registered first so it stops last; the processor, the monitor and the demo stream are registered after the api's own
 * components so they start last and stop first. Ctrl-C stops all of it through Jetty's shutdown, in that order.
 */
final class DevApplication extends ApiWithLiveSources {
    private final BellwetherConfiguration configuration;
    private final Infrastructure infrastructure;
    private final ManagedProcessor processor;
    private final ManagedMonitor monitor;
    private final DemoFeed demo;
    private final Runnable onStarted;

    /**
     * @param configuration  the api's configuration, built by the caller; no YAML file is read
     * @param infrastructure already started
     * @param demo           the demo stream, or null for none
     * @param onStarted      called once the server accepts requests
     */
    DevApplication(BellwetherConfiguration configuration, Infrastructure infrastructure, ManagedProcessor processor,
                   ManagedMonitor monitor, DemoFeed demo, Runnable onStarted) {
        this.configuration = configuration;
        this.infrastructure = infrastructure;
        this.processor = processor;
        this.monitor = monitor;
        this.demo = demo;
        this.onStarted = onStarted;
    }

    /** The configuration is the object given to the constructor (validated as a YAML one would be). */
    @Override
    public void initialize(Bootstrap<BellwetherConfiguration> bootstrap) {
        super.initialize(bootstrap);
        bootstrap.setConfigurationFactoryFactory((type, validator, mapper, prefix) -> new Given(validator));
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
        processor.registerMetrics(environment.metrics());
        environment.lifecycle().manage(monitor);
        environment.healthChecks().register("monitor", monitor);
        if (demo != null) {
            environment.lifecycle().manage(demo);
            environment.healthChecks().register("demo", demo);
        }
        environment.lifecycle().addServerLifecycleListener(server -> onStarted.run());
    }

    /** The configuration given to the constructor, once {@code validator} finds nothing wrong with it. */
    BellwetherConfiguration configurationFor(Validator validator) throws ConfigurationValidationException {
        Set<ConstraintViolation<BellwetherConfiguration>> violations = validator.validate(configuration);
        if (!violations.isEmpty()) {
            throw new ConfigurationValidationException("dev configuration", violations);
        }
        return configuration;
    }

    /** Hands Dropwizard the configuration object instead of parsing a file. */
    private final class Given implements ConfigurationFactory<BellwetherConfiguration> {
        private final Validator validator;

        Given(Validator validator) {
            this.validator = validator;
        }

        @Override
        public BellwetherConfiguration build(ConfigurationSourceProvider provider, String path)
                throws ConfigurationException {
            return build();
        }

        @Override
        public BellwetherConfiguration build() throws ConfigurationException {
            return configurationFor(validator);
        }
    }
}
