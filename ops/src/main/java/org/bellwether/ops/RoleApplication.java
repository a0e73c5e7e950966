package org.bellwether.ops;

import com.fasterxml.jackson.databind.node.TextNode;
import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bellwether.api.health.PrometheusEndpoint;
import org.eclipse.jetty.server.Server;

/**
 * A role without an api ({@code process}, {@code collect}) run as a Dropwizard service with the same admin port as
 * {@code server}: health checks at {@code /healthcheck}, Dropwizard's metrics at {@code /metrics} and the Prometheus
 * text format at {@code /metrics/prometheus}, {@code /ping} and {@code /threads}; no application connector. The
 * role's parts are {@code Managed} objects and health checks registered by its wiring, so they start with the
 * admin port and stop on Ctrl-C (Jetty's shutdown hook) in reverse order.
 */
final class RoleApplication extends Application<Configuration> {
    private final String name;
    private final Configuration configuration;
    private final Consumer<Environment> wiring;
    private final Consumer<Server> onStarted;

    /**
     * @param configuration built by {@link #adminOnly}; no YAML file is read
     * @param wiring        registers the role's parts, health checks and metrics
     * @param onStarted     told once the admin port accepts requests
     */
    RoleApplication(String name, Configuration configuration, Consumer<Environment> wiring,
                    Consumer<Server> onStarted) {
        this.name = name;
        this.configuration = configuration;
        this.wiring = wiring;
        this.onStarted = onStarted;
    }

    /** Only the admin connector, on {@code host:port} (port 0 for a free one); INFO logs, Kafka's at WARN. */
    static Configuration adminOnly(String host, int port) {
        Configuration configuration = new Configuration();
        DefaultServerFactory server = (DefaultServerFactory) configuration.getServerFactory();
        HttpConnectorFactory admin = new HttpConnectorFactory();
        admin.setBindHost(host);
        admin.setPort(port);
        server.setApplicationConnectors(List.of());
        server.setAdminConnectors(List.of(admin));
        DefaultLoggingFactory logging = (DefaultLoggingFactory) configuration.getLoggingFactory();
        logging.setLevel("INFO");
        logging.setLoggers(Map.of("org.apache.kafka", TextNode.valueOf("WARN")));
        return configuration;
    }

    /** Starts the role and its admin port, and returns; the role runs until the JVM stops or the server is stopped. */
    void start() throws Exception {
        run("server");
    }

    /** The port the admin connector of a started server listens on. */
    static int adminPort(Server server) {
        return java.util.Arrays.stream(server.getConnectors())
                .filter(connector -> connector instanceof org.eclipse.jetty.server.ServerConnector)
                .mapToInt(connector -> ((org.eclipse.jetty.server.ServerConnector) connector).getLocalPort())
                .findFirst().orElseThrow(() -> new IllegalStateException("no admin connector"));
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void initialize(Bootstrap<Configuration> bootstrap) {
        bootstrap.setConfigurationFactoryFactory((type, validator, mapper, prefix) -> new Given());
    }

    @Override
    public void run(Configuration config, Environment environment) {
        wiring.accept(environment);
        PrometheusEndpoint.mount(environment);
        environment.lifecycle().addServerLifecycleListener(onStarted::accept);
    }

    /** A role that cannot start fails its command with the reason, rather than exiting the JVM. */
    @Override
    protected void onFatalError(Throwable t) {
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(name + " did not start: " + t.getMessage(), t);
    }

    /** Hands Dropwizard the configuration object instead of parsing a file. */
    private final class Given implements ConfigurationFactory<Configuration> {
        @Override
        public Configuration build(ConfigurationSourceProvider provider, String path) {
            return configuration;
        }

        @Override
        public Configuration build() {
            return configuration;
        }
    }
}
