package org.bellwether.api.notify;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bellwether.api.notify.db.OutboxDao;
import org.bellwether.api.notify.db.OutboxRow;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: every poll interval it claims due rows under a lease ({@code FOR UPDATE SKIP LOCKED}, so
 * several api nodes never send the same row), sends each through its channel's sender, and marks it delivered, or
 * schedules the next attempt with exponential backoff ({@link OutboxSettings#backoff}). After {@code maxAttempts} a row is
 * marked failed and stays for inspection. Rows of channels without a sender wait. One thread; thread-safe.
 */
public final class OutboxDispatcher implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** A claimed row is this node's for this long; a node that dies mid-send leaves it to the next claim. */
    private static final java.time.Duration LEASE = java.time.Duration.ofMinutes(2);

    private final Jdbi jdbi;
    private final OutboxSettings settings;
    private final Map<String, NotificationSender> senders;
    private final Function<String, String> openRecipient;
    private final Clock clock;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private ScheduledExecutorService executor;

    public OutboxDispatcher(Jdbi jdbi, OutboxSettings settings, List<NotificationSender> senders,
                            Function<String, String> openRecipient, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.senders = senders.stream().collect(Collectors.toUnmodifiableMap(NotificationSender::channel, s -> s));
        this.openRecipient = openRecipient;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::safeRun, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
            executor = null;
        }
    }

    private void safeRun() {
        try {
            while (runOnce() == settings.batchSize()) {
                // a full batch: there may be more due now
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox pass failed: {}", e.toString());
        }
    }

    /** One pass over due rows; returns how many it tried. Each row is recorded on its own. */
    public int runOnce() {
        if (senders.isEmpty()) {
            return 0;
        }
        Instant claimedAt = clock.instant();
        List<OutboxRow> due = new java.util.ArrayList<>(jdbi.withExtension(OutboxDao.class, dao -> dao.claimDue(
                senders.keySet(), claimedAt, claimedAt.plus(LEASE), settings.batchSize())));
        // UPDATE ... RETURNING has no order: send in the order queued (a chat's question before its answer)
        due.sort(java.util.Comparator.comparingLong(OutboxRow::id));
        OutboxDao dao = jdbi.onDemand(OutboxDao.class);
        for (OutboxRow row : due) {
            try {
                String recipient = row.recipientSealed() == null ? null : openRecipient.apply(row.recipientSealed());
                String providerId = senders.get(row.channel()).send(row, recipient);
                dao.markDelivered(row.id(), clock.instant(), providerId);
                delivered.incrementAndGet();
            } catch (Exception e) {
                failedAttempts.incrementAndGet();
                Instant now = clock.instant();
                int attempts = row.attempts() + 1;
                String error = e instanceof NotificationRefused ? e.getMessage()
                        : e.getClass().getSimpleName() + ": " + e.getMessage();
                // a refusal that no retry changes fails at once
                dao.markFailed(row.id(), error.length() > 1000 ? error.substring(0, 1000) : error,
                        now.plus(settings.backoff(attempts)),
                        e instanceof NotificationRefused ? 0 : settings.maxAttempts(), now);
                LOG.info("outbox {} via {} failed (attempt {}): {}", row.id(), row.channel(), attempts, error);
            }
        }
        return due.size();
    }

    public long delivered() {
        return delivered.get();
    }

    public long failedAttempts() {
        return failedAttempts.get();
    }
}
