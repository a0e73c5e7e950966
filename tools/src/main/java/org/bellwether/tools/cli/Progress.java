package org.bellwether.tools.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long-running command on standard error, so standard output keeps its contract (the last line of
 * eval and bench is one JSON object). On a terminal a bar with the count, the rate and the time left; otherwise
 * (a pipe, a file, a CI log) one plain line every ten seconds. Counts come from {@link #stepTo}/{@link #step}, or
 * from a counter read once a second ({@link #following}). Close it when the work ends. Thread-safe.
 */
public final class Progress implements AutoCloseable {
    static final Duration PLAIN_EVERY = Duration.ofSeconds(10);

    private final String task;
    private final long total;
    private final PrintStream err;
    private final ProgressBar bar;
    private final AtomicLong done = new AtomicLong();
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private final LongSupplier source;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Progress(String task, long total, PrintStream err, boolean terminal, LongSupplier source) {
        this.task = task;
        this.total = total;
        this.err = err;
        this.source = source;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total > 0 ? total : -1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1_000).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(err)).continuousUpdate().build() : null;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress-" + task);
            thread.setDaemon(true);
            return thread;
        });
        long period = terminal ? 1_000 : PLAIN_EVERY.toMillis();
        ticker.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Progress of {@code total} units of work (0 or less when unknown), advanced by the caller.
     */
    public static Progress start(String task, long total) {
        return new Progress(task, total, System.err, System.console() != null, null);
    }

    /** Progress read from {@code counter} once a second (or every ten seconds in plain mode). */
    public static Progress following(String task, long total, LongSupplier counter) {
        return new Progress(task, total, System.err, System.console() != null, counter);
    }

    /** As {@link #start}, in plain mode onto {@code err}; for tests. */
    static Progress plain(String task, long total, PrintStream err, LongSupplier counter) {
        return new Progress(task, total, err, false, counter);
    }

    public void step() {
        done.incrementAndGet();
    }

    public void stepTo(long count) {
        done.set(count);
    }

    /** The plain line: {@code task: 1,200/5,000 (24%), 310/s, about 12 s left}. */
    String line() {
        long count = done.get();
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-9);
        double rate = count / seconds;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %,d", task, count));
        if (total > 0) {
            line.append(String.format(Locale.ROOT, "/%,d (%.0f%%)", total, 100.0 * count / total));
        }
        line.append(String.format(Locale.ROOT, ", %,.0f/s", rate));
        if (total > 0 && rate > 0 && count < total) {
            line.append(String.format(Locale.ROOT, ", about %,.0f s left", (total - count) / rate));
        }
        line.append(String.format(Locale.ROOT, ", %,.0f s so far", seconds));
        return line.toString();
    }

    private void tick() {
        if (source != null) {
            done.set(source.getAsLong());
        }
        if (bar != null) {
            bar.stepTo(done.get());
        } else {
            err.println(line());
        }
    }

    /** Stops the updates and finishes the bar; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ticker.shutdownNow();
        if (source != null) {
            done.set(source.getAsLong());
        }
        if (bar != null) {
            bar.stepTo(done.get());
            bar.close();
        }
    }
}
