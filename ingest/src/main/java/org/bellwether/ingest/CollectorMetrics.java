package org.bellwether.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The counters of every source in this process, by source name, with their circuit breakers. Plain counters: the
 * process that runs the sources exports them (the api and ops register them as metrics through
 * {@link #CollectorMetrics(Consumer)}). Thread-safe.
 */
public final class CollectorMetrics {
    private final Map<String, CollectorCounters> counters = new ConcurrentHashMap<>();
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Consumer<CollectorCounters> onNewSource;

    public CollectorMetrics() {
        this(counters -> { });
    }

    /** @param onNewSource told once about the counters of each new source, e.g. to export them as metrics */
    public CollectorMetrics(Consumer<CollectorCounters> onNewSource) {
        this.onNewSource = onNewSource;
    }

    /** The counters of a source, created (and announced) on first use. */
    public CollectorCounters counters(String source) {
        return counters.computeIfAbsent(source, name -> {
            CollectorCounters created = new CollectorCounters(name);
            onNewSource.accept(created);
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
}
