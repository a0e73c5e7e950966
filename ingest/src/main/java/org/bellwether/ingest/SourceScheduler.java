package org.bellwether.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs polling sources on a small thread pool. Each source is polled again after the delay it returns; a failure
 * counts against its circuit breaker and the next poll waits an exponential backoff with jitter (never less than
 * the server's Retry-After); while a breaker is open the source is not called. Sources can be added and removed
 * at any time (watchlist changes). Thread-safe.
 */
public final class SourceScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SourceScheduler.class);

    private final ScheduledExecutorService executor;
    private final CollectorMetrics metrics;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final java.util.function.Supplier<Backoff> backoffs;

    private final class Entry {
        final PollingSource source;
        final Backoff backoff = backoffs.get();
        volatile ScheduledFuture<?> next;
        volatile boolean cancelled;

        Entry(PollingSource source) {
            this.source = source;
        }

        void run() {
            if (cancelled) {
                return;
            }
            CircuitBreaker breaker = metrics.breaker(source.name());
            CollectorCounters counters = metrics.counters(source.name());
            if (!breaker.allows()) {
                schedule(breaker.remainingOpen().plusMillis(10));
                return;
            }
            Duration delay;
            try {
                delay = source.poll();
                counters.succeeded(java.time.Instant.now());
                breaker.success();
                backoff.reset();
            } catch (SourceHttpException e) {
                breaker.failure();
                counters.error("HTTP " + e.status() + ": " + e.getMessage());
                delay = backoff.next(e.retryAfter());
                LOG.warn("{}: {}; next try in {} ms", source.name(), e.getMessage(), delay.toMillis());
            } catch (SinkFailedException e) {
                counters.error("sink: " + e.getMessage());
                LOG.error("{}: sink failed, source paused: {}", source.name(), e.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                breaker.failure();
                counters.error(e.getClass().getSimpleName() + ": " + e.getMessage());
                delay = backoff.next();
                LOG.warn("{}: {}; next try in {} ms", source.name(), e.toString(), delay.toMillis());
            }
            schedule(delay);
        }

        void schedule(Duration delay) {
            if (!cancelled && !executor.isShutdown()) {
                next = executor.schedule(this::run, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            }
        }
    }

    public SourceScheduler(int threads, CollectorMetrics metrics) {
        this(threads, metrics, Backoff::standard);
    }

    /** As above, with a backoff per source from {@code backoffs} (tests use short ones). */
    public SourceScheduler(int threads, CollectorMetrics metrics, java.util.function.Supplier<Backoff> backoffs) {
        this.metrics = metrics;
        this.backoffs = backoffs;
        this.executor = Executors.newScheduledThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "collector-poll");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts polling now; a source of the same name is replaced. */
    public void start(PollingSource source) {
        stop(source.name());
        Entry entry = new Entry(source);
        entries.put(source.name(), entry);
        entry.schedule(Duration.ZERO);
    }

    /** Stops polling a source (a poll in progress finishes). */
    public void stop(String name) {
        Entry entry = entries.remove(name);
        if (entry != null) {
            entry.cancelled = true;
            ScheduledFuture<?> next = entry.next;
            if (next != null) {
                next.cancel(false);
            }
        }
    }

    public java.util.Set<String> running() {
        return java.util.Set.copyOf(entries.keySet());
    }

    @Override
    public void close() {
        entries.keySet().forEach(this::stop);
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
