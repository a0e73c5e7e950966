package org.bellwether.collectors;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The counters of every source in this process, by source name, with their circuit breakers. Registers gauges
 * {@code collectors.<source>.collected|duplicate|invalid|failed|lag-ms} in a Dropwizard {@link MetricRegistry}.
 * Thread-safe.
 */
public final class CollectorMetrics {
    private final Map<String, CollectorCounters> counters = new ConcurrentHashMap<>();
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final MetricRegistry registry;

    /** @param registry where to register gauges, or null */
    public CollectorMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    /** The counters of a source, created (and registered) on first use. */
    public CollectorCounters counters(String source) {
        return counters.computeIfAbsent(source, name -> {
            CollectorCounters created = new CollectorCounters(name);
            if (registry != null) {
                String prefix = MetricRegistry.name("collectors", name.replace(':', '_'));
                register(prefix + ".collected", () -> created.snapshot().collected());
                register(prefix + ".duplicate", () -> created.snapshot().duplicate());
                register(prefix + ".invalid", () -> created.snapshot().invalid());
                register(prefix + ".failed", () -> created.snapshot().failed());
                register(prefix + ".lag-ms", () -> created.snapshot().lagMillis());
            }
            return created;
        });
    }

    /** The circuit breaker of a source, created on first use. */
    public CircuitBreaker breaker(String source) {
        return breakers.computeIfAbsent(source, name -> CircuitBreaker.standard());
    }

    public void breaker(String source, CircuitBreaker breaker) {
        breakers.put(source, breaker);
    }

    public List<CollectorCounters.Snapshot> snapshots() {
        return counters.values().stream().map(CollectorCounters::snapshot)
                .sorted(java.util.Comparator.comparing(CollectorCounters.Snapshot::source)).toList();
    }

    public Map<String, CircuitBreaker.State> breakerStates() {
        Map<String, CircuitBreaker.State> states = new java.util.TreeMap<>();
        breakers.forEach((name, breaker) -> states.put(name, breaker.state()));
        return states;
    }

    private void register(String name, Gauge<Long> gauge) {
        registry.remove(name);
        registry.register(name, gauge);
    }
}
