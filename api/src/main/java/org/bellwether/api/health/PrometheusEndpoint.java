package org.bellwether.api.health;

import io.dropwizard.core.setup.Environment;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Serves the process's Dropwizard metrics in the Prometheus text format at {@value #PATH} on the admin port, through
 * Prometheus's Dropwizard bridge: a Dropwizard counter becomes a Prometheus counter ({@code _total}), a gauge a
 * gauge, a timer a summary in seconds; dots in names become underscores ({@code bellwether.posts.processed} is
 * scraped as {@code bellwether_posts_processed_total}). Every role mounts it: {@code server}, {@code process},
 * {@code collect} and {@code dev}.
 */
public final class PrometheusEndpoint {
    public static final String PATH = "/metrics/prometheus";

    private PrometheusEndpoint() {
    }

    public static void mount(Environment environment) {
        PrometheusRegistry registry = new PrometheusRegistry();
        DropwizardExports.builder().dropwizardRegistry(environment.metrics()).register(registry);
        environment.admin().addServlet("prometheus", new PrometheusMetricsServlet(registry)).addMapping(PATH);
    }
}
