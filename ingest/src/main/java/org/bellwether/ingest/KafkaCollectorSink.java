package org.bellwether.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.bellwether.model.CollectorCheckpoint;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Tip;
import org.bellwether.model.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CollectorSink} on one transactional, idempotent producer. Posts, tips, dead letters and the checkpoints
 * of every source that emitted since the last commit go into one Kafka transaction, committed every
 * {@code commitInterval} or every {@code maxRecords} records, whichever comes first. A restarted source therefore
 * resumes exactly after the last committed record: no gap and, for {@code read_committed} readers (the Streams
 * processor with exactly_once_v2), no duplicate. Records of an aborted or unfinished transaction are invisible.
 *
 * <p>Back-pressure: when the producer's buffer is full, {@link #emit} blocks (up to {@code max.block.ms}).
 * A failure is terminal: every later call throws {@link SinkFailedException}; the owner closes this sink,
 * builds a new one and restarts its sources from their checkpoints. Thread-safe.
 */
public final class KafkaCollectorSink implements CollectorSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaCollectorSink.class);

    private final Producer<String, byte[]> producer;
    private final CollectorTopics topics;
    private final Clock clock;
    private final int maxRecords;
    private final Map<String, String> pendingPositions = new LinkedHashMap<>();
    private final ScheduledExecutorService committer;
    private int pendingRecords;
    private boolean inTransaction;
    private RuntimeException failure;
    private boolean closed;
    private volatile java.util.function.Consumer<Map<String, String>> onCommit = positions -> { };

    /**
     * @param producer       a transactional producer ({@link ProducerSettings#transactional}); this sink owns it
     * @param topics         where to write
     * @param clock          for checkpoint times
     * @param commitInterval how often open transactions are committed
     * @param maxRecords     records after which a transaction is committed early
     */
    public KafkaCollectorSink(Producer<String, byte[]> producer, CollectorTopics topics, Clock clock,
                              Duration commitInterval, int maxRecords) {
        this.producer = producer;
        this.topics = topics;
        this.clock = clock;
        this.maxRecords = maxRecords;
        producer.initTransactions();
        this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "collector-sink-commit");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(10, commitInterval.toMillis());
        committer.scheduleWithFixedDelay(this::commitQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** A sink with its own transactional producer: commit every 200 ms or 5,000 records. */
    public static KafkaCollectorSink create(String bootstrapServers, String topicPrefix, String transactionalId) {
        Map<String, Object> config = ProducerSettings.transactional(bootstrapServers, transactionalId, transactionalId);
        return new KafkaCollectorSink(ProducerSettings.producer(config), CollectorTopics.withPrefix(topicPrefix),
                Clock.systemUTC(), Duration.ofMillis(200), 5_000);
    }

    public CollectorTopics topics() {
        return topics;
    }

    @Override
    public synchronized void emit(String sourceKey, String position, Batch batch) {
        ensureUsable();
        try {
            if (!inTransaction) {
                producer.beginTransaction();
                inTransaction = true;
            }
            for (RawPost post : batch.posts()) {
                send(topics.posts(), post.key(), post);
            }
            for (Tip tip : batch.tips()) {
                send(topics.tips(), tip.tipId(), tip);
            }
            for (DeadLetter deadLetter : batch.deadLetters()) {
                send(topics.deadLetters(), deadLetter.key(), deadLetter);
            }
            if (position != null) {
                pendingPositions.put(sourceKey, position);
            }
            pendingRecords += batch.size() + 1;
            if (pendingRecords >= maxRecords) {
                commit();
            }
        } catch (KafkaException e) {
            throw fail(e);
        }
    }

    @Override
    public synchronized void flush() {
        ensureUsable();
        try {
            commit();
        } catch (KafkaException e) {
            throw fail(e);
        }
    }

    /**
     * Called after each commit with the positions it made durable (e.g. {@link CheckpointStore#rememberAll}), so a
     * source restarted in this process resumes from them. Called under the sink's lock: keep it short.
     */
    public void onCommit(java.util.function.Consumer<Map<String, String>> listener) {
        this.onCommit = listener;
    }

    /** True until the sink has failed or closed; for health checks. */
    public synchronized boolean isHealthy() {
        return failure == null && !closed;
    }

    @Override
    public void close() {
        committer.shutdownNow();
        synchronized (this) {
            if (closed) {
                return;
            }
            if (failure == null) {
                try {
                    commit();
                } catch (KafkaException e) {
                    LOG.warn("last commit failed on close: {}", e.getMessage());
                }
            }
            closed = true;
            try {
                producer.close(Duration.ofSeconds(10));
            } catch (KafkaException e) {
                LOG.warn("producer close: {}", e.getMessage());
            }
        }
    }

    private <V> void send(Topic<String, V> topic, String key, V value) {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        producer.send(new ProducerRecord<>(topic.name(), key, bytes));
    }

    private void commit() {
        if (!inTransaction) {
            return;
        }
        for (Map.Entry<String, String> entry : pendingPositions.entrySet()) {
            send(topics.checkpoints(), entry.getKey(), new CollectorCheckpoint(SchemaVersion.CURRENT, entry.getKey(),
                    entry.getValue(), clock.instant()));
        }
        producer.commitTransaction();
        inTransaction = false;
        if (!pendingPositions.isEmpty()) {
            onCommit.accept(Map.copyOf(pendingPositions));
        }
        pendingPositions.clear();
        pendingRecords = 0;
    }

    private synchronized void commitQuietly() {
        if (failure != null || closed) {
            return;
        }
        try {
            commit();
        } catch (KafkaException e) {
            fail(e);
        }
    }

    private SinkFailedException fail(KafkaException e) {
        failure = e;
        LOG.error("collector sink failed: {}", e.toString());
        if (!(e instanceof ProducerFencedException) && inTransaction) {
            try {
                producer.abortTransaction();
            } catch (KafkaException abort) {
                LOG.warn("abort failed: {}", abort.getMessage());
            }
        }
        inTransaction = false;
        pendingPositions.clear();
        return new SinkFailedException("collector sink failed: " + e.getMessage(), e);
    }

    private void ensureUsable() {
        if (closed) {
            throw new SinkFailedException("collector sink is closed", null);
        }
        if (failure != null) {
            throw new SinkFailedException("collector sink failed earlier: " + failure.getMessage(), failure);
        }
    }
}
