package org.bellwether.ops;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.bellwether.api.common.KafkaSettings;
import org.bellwether.api.health.KafkaHealthCheck;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.ProcessorService;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StreamsProperties;
import org.bellwether.search.monitor.MonitorService;
import org.eclipse.jetty.server.Server;

/**
 * {@code process} as a service: one stream-processor instance and the saved-search monitor under a Dropwizard
 * lifecycle, with health checks {@code kafka} (the cluster answers), {@code processor} (Kafka Streams is
 * {@code RUNNING}) and {@code monitor}, and the processor's metrics ({@link ProcessorMetrics}) on the admin port.
 * Its composition root: {@link #application} builds every part with {@code new}.
 */
final class ProcessRole {
    private final ProcessorService processor;
    private final ManagedProcessor managed;
    private final MonitorService monitor;
    private final String bootstrap;
    private final String topicPrefix;

    ProcessRole(ProcessorSettings settings, String bootstrap, Path stateDir) {
        Pipeline pipeline = Pipeline.build(settings);
        ProcessorMetrics metrics = new ProcessorMetrics(pipeline.counters());
        this.processor = new ProcessorService(pipeline, metrics.timingSteps(
                StreamsProperties.forDeployment(settings.topicPrefix(), bootstrap, stateDir)));
        this.managed = new ManagedProcessor(processor, metrics);
        this.monitor = new MonitorService(settings.topicPrefix(), bootstrap, stateDir.resolve("monitor"));
        this.bootstrap = bootstrap;
        this.topicPrefix = settings.topicPrefix();
    }

    /** The service on the given admin connector; {@code onStarted} is told once the admin port answers. */
    RoleApplication application(Configuration configuration, Consumer<Server> onStarted) {
        return new RoleApplication("bellwether-process", configuration, this::wire, onStarted);
    }

    /** The running processor (for tests that stop it under the service). */
    ProcessorService processor() {
        return processor;
    }

    private void wire(Environment environment) {
        KafkaHealthCheck kafka = new KafkaHealthCheck(new KafkaSettings(true, bootstrap, topicPrefix,
                StreamsProperties.applicationId(topicPrefix), Duration.ofSeconds(5)));
        environment.lifecycle().manage(kafka);
        environment.healthChecks().register("kafka", kafka);
        environment.lifecycle().manage(managed);
        environment.healthChecks().register("processor", managed);
        managed.registerMetrics(environment.metrics());
        ManagedMonitor managedMonitor = new ManagedMonitor(monitor);
        environment.lifecycle().manage(managedMonitor);
        environment.healthChecks().register("monitor", managedMonitor);
    }
}
