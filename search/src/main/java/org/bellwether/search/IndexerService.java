package org.bellwether.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bellwether.model.Narrative;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a {@link LuceneSearchIndex} from {@code posts.scored} and {@code narratives} on one consumer thread.
 * Partitions are assigned manually (no consumer group: the index is the source of truth) and every Lucene commit
 * carries the positions it was read up to, so a restart resumes exactly: nothing skipped, nothing applied twice.
 * Reads committed records only (the processor writes with exactly-once transactions). Records that cannot be read
 * are counted and skipped with an escaped log line; the loop never dies on data. Topics that do not exist yet are
 * waited for, and partitions added later are picked up. Thread-safe: {@link #counters()}, {@link #healthy()} and
 * {@link #lag()} may be read from any thread.
 */
public final class IndexerService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexerService.class);
    private static final Duration STALL = Duration.ofSeconds(60);

    private final LuceneSearchIndex index;
    private final Map<String, Object> consumerConfig;
    private final IndexerSettings settings;
    private final String postsTopic;
    private final String narrativesTopic;
    private final PartitionAssigner assigner;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean abandon;
    private volatile String fatal;
    private volatile long lastLoopNanos = System.nanoTime();
    private volatile long lag = -1;
    private volatile Set<String> assigned = Set.of();
    // loop state, indexer thread only
    private long nextPartitionCheck;
    private long lastCommit = System.nanoTime();
    private long pending;

    public IndexerService(LuceneSearchIndex index, Map<String, Object> consumerConfig, String topicPrefix) {
        this(index, consumerConfig, topicPrefix, IndexerSettings.defaults());
    }

    public IndexerService(LuceneSearchIndex index, Map<String, Object> consumerConfig, String topicPrefix,
                          IndexerSettings settings) {
        String prefix = topicPrefix == null ? "" : topicPrefix;
        if (!prefix.equals(index.settings().topicPrefix())) {
            throw new IllegalArgumentException("index is kept for topic prefix '" + index.settings().topicPrefix()
                    + "', not '" + prefix + "'");
        }
        if (consumerConfig.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG) == null) {
            throw new IllegalArgumentException("consumer config needs " + ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);
        }
        this.index = index;
        this.settings = settings;
        this.postsTopic = Topics.POSTS_SCORED.prefixed(prefix).name();
        this.narrativesTopic = Topics.NARRATIVES.prefixed(prefix).name();
        this.consumerConfig = consumerConfig(consumerConfig);
        this.assigner = new PartitionAssigner(List.of(postsTopic, narrativesTopic));
    }

    /** Starts the consumer thread; returns at once. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        consumer = new KafkaConsumer<>(consumerConfig);
        thread = new Thread(this::run, "search-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    public IndexerCounters counters() {
        return new IndexerCounters(indexed.get(), updated.get(), deleted.get(), malformed.get(), failed.get(),
                commits.get());
    }

    /** Records committed to the topics but not yet read, over the assigned partitions; -1 until known. */
    public long lag() {
        return lag;
    }

    /** Partitions read, as {@code topic-partition}. */
    public Set<String> assignedPartitions() {
        return assigned;
    }

    public boolean healthy() {
        return problem().isEmpty();
    }

    /** Why the indexer is unhealthy, or empty when it is fine (waiting for topics is fine). */
    public Optional<String> problem() {
        if (fatal != null) {
            return Optional.of("indexer stopped: " + fatal);
        }
        if (thread == null || !thread.isAlive()) {
            return Optional.of("indexer is not running");
        }
        if (!index.isHealthy()) {
            return Optional.of("search index writer has failed");
        }
        if (System.nanoTime() - lastLoopNanos > STALL.toNanos()) {
            return Optional.of("indexer loop has not moved for over " + STALL.toSeconds() + " s");
        }
        return Optional.empty();
    }

    /** Stops the loop after a last commit and closes the consumer (not the index). */
    @Override
    public void close() {
        stopLoop();
    }

    /** Stops without the last commit, as a killed process would: for restart tests. */
    void halt() {
        abandon = true;
        stopLoop();
    }

    private void stopLoop() {
        stop.countDown();
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread running = thread;
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (stop.getCount() > 0) {
                lastLoopNanos = System.nanoTime();
                try {
                    step();
                } catch (RetriableException e) {
                    LOG.warn("search indexer will retry: {}", LogSafe.escape(e.toString(), 300));
                    stop.await(settings.pollTimeout().toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (WakeupException e) {
            // close() or halt()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            fatal = e.toString();
            abandon = true;
            LOG.error("search indexer stopped: {}", LogSafe.escape(e.toString(), 500), e);
        } finally {
            finish();
        }
    }

    /** One turn of the loop: maybe look for partitions, poll, apply, maybe commit. */
    private void step() throws InterruptedException {
        if (System.nanoTime() >= nextPartitionCheck) {
            assigner.refresh(consumer, index.committedOffsets());
            assigned = consumer.assignment().stream().map(TopicPartition::toString)
                    .collect(Collectors.toCollection(TreeSet::new));
            nextPartitionCheck = System.nanoTime() + settings.partitionCheckInterval().toNanos();
        }
        if (consumer.assignment().isEmpty()) {
            stop.await(settings.partitionCheckInterval().toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        ConsumerRecords<byte[], byte[]> records = consumer.poll(settings.pollTimeout());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            apply(record);
        }
        pending += records.count();
        if (!index.isHealthy()) {
            throw new IllegalStateException("search index writer has failed");
        }
        Map<String, Long> positions = positions();
        lag = currentLag();
        boolean due = pending >= settings.commitEveryRecords()
                || System.nanoTime() - lastCommit >= settings.commitInterval().toNanos()
                && (pending > 0 || !positions.equals(committedFor(positions.keySet())));
        if (due) {
            index.commit(positions);
            commits.incrementAndGet();
            pending = 0;
            lastCommit = System.nanoTime();
        }
    }

    private void finish() {
        try {
            if (!abandon && index.isHealthy() && !consumer.assignment().isEmpty()) {
                Map<String, Long> positions;
                try {
                    positions = positions();
                } catch (WakeupException e) {
                    positions = positions(); // the wakeup that stopped the loop is consumed; read again
                }
                index.commit(positions);
                commits.incrementAndGet();
            }
        } catch (RuntimeException e) {
            LOG.warn("last search index commit failed: {}", LogSafe.escape(e.toString(), 500));
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        boolean isPost = record.topic().equals(postsTopic);
        try {
            RecordDecoder.Decoded decoded = isPost
                    ? RecordDecoder.post(record.topic(), record.key(), record.value())
                    : RecordDecoder.narrative(record.topic(), record.key(), record.value());
            if (decoded.tombstoneId() != null) {
                if (isPost) {
                    index.deletePost(decoded.tombstoneId());
                } else {
                    index.deleteNarrative(decoded.tombstoneId());
                }
                deleted.incrementAndGet();
                return;
            }
            boolean existed = isPost ? index.upsertPost((ScoredPost) decoded.value())
                    : index.upsertNarrative((Narrative) decoded.value());
            (existed ? updated : indexed).incrementAndGet();
        } catch (RecordDecoder.MalformedRecordException e) {
            malformed.incrementAndGet();
            LOG.warn("skipping malformed record {}-{}@{}: {}; key={} value={}", record.topic(), record.partition(),
                    record.offset(), LogSafe.escape(e.getMessage(), 300), LogSafe.escape(text(record.key()), 120),
                    LogSafe.escape(text(record.value()), 200));
        } catch (RuntimeException e) {
            if (!index.isHealthy()) {
                throw e;
            }
            failed.incrementAndGet();
            LOG.warn("search index refused record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    LogSafe.escape(e.toString(), 300));
        }
    }

    private Map<String, Long> positions() {
        Map<String, Long> positions = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            positions.put(partition.toString(), consumer.position(partition));
        }
        return positions;
    }

    private Map<String, Long> committedFor(Set<String> partitions) {
        Map<String, Long> committed = new HashMap<>(index.committedOffsets());
        committed.keySet().retainAll(partitions);
        return committed;
    }

    private long currentLag() {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            var partitionLag = consumer.currentLag(partition);
            if (partitionLag.isEmpty()) {
                return -1;
            }
            total += partitionLag.getAsLong();
        }
        return total;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "null" : new String(bytes, 0, Math.min(bytes.length, 1_000), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> consumerConfig(Map<String, Object> given) {
        Map<String, Object> config = new HashMap<>(given);
        if (config.remove(ConsumerConfig.GROUP_ID_CONFIG) != null) {
            LOG.info("search indexer ignores group.id: partitions are assigned manually, offsets live in the index");
        }
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "bellwether-search-indexer");
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1_000);
        return config;
    }
}
