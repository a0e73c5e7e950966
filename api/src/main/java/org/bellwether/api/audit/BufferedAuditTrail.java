package org.bellwether.api.audit;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bellwether.api.audit.db.AuditDao;
import org.bellwether.api.audit.db.AuditRecord;
import org.bellwether.api.common.Caller;
import org.bellwether.model.Json;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail of reads (searches, views, lists): events are written in batches by one thread, at most
 * {@link #FLUSH_MILLIS} after they happen, so a read does not wait for an insert. Nothing is dropped: when the
 * buffer is full the caller writes its own event, and stopping flushes what is left. State changes do not come
 * here: they are audited in their own transaction ({@link DatabaseAuditTrail}). Thread-safe.
 */
public final class BufferedAuditTrail implements AuditTrail, Managed {
    static final long FLUSH_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(BufferedAuditTrail.class);
    private static final int BATCH = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final BlockingQueue<AuditRecord> queue = new ArrayBlockingQueue<>(20_000);
    private volatile boolean running;
    private Thread writer;

    public BufferedAuditTrail(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void record(Caller caller, String action, String targetType, String targetId, Map<String, ?> detail) {
        AuditRecord record = new AuditRecord(0, clock.instant(), caller.actor(), caller.role(), action, targetType,
                targetId, Json.writeString(detail == null ? Map.of() : detail), caller.remoteAddr());
        if (!running || !queue.offer(record)) {
            jdbi.useExtension(AuditDao.class, dao -> dao.appendAll(List.of(record)));
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        writer = new Thread(this::loop, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void loop() {
        List<AuditRecord> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                AuditRecord first = queue.poll(FLUSH_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    private void write(List<AuditRecord> batch) throws InterruptedException {
        while (true) {
            try {
                jdbi.useExtension(AuditDao.class, dao -> dao.appendAll(batch));
                batch.clear();
                return;
            } catch (RuntimeException e) {
                // keep the events and try again: an audit entry is never dropped
                LOG.warn("audit batch of {} not written yet: {}", batch.size(), e.toString());
                TimeUnit.SECONDS.sleep(1);
            }
        }
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        running = false;
        if (writer != null) {
            writer.join(10_000);
        }
        List<AuditRecord> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            jdbi.useExtension(AuditDao.class, dao -> dao.appendAll(rest));
        }
    }
}
