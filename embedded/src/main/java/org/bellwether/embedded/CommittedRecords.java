package org.bellwether.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic as a {@code read_committed} consumer (the processor, the indexer) sees it: records of aborted
 * transactions never, records of open ones not yet. For tests and dev checks. No consumer group, so nothing is
 * committed and every reader starts where it is told.
 *
 * <p>In one call, {@link #of}, {@link #keys(String, String)} and {@link #values(String, String, Deserializer)} read
 * every partition from the beginning to the end offsets of that moment (a topic that does not exist reads as
 * empty), which suits Awaitility: {@code await().until(() -> CommittedRecords.keys(bootstrap, topic).size() >= n)}.
 * An open reader ({@link #fromBeginning}, {@link #from}) keeps what it has read across calls: {@link #poll()} once
 * per Awaitility check, {@link #readToEnd()}, {@link #readAtLeast(int)}, or {@link #readUntilQuiet(Duration)} to
 * see that nothing more arrives. Each waiting read gives up after {@link #TIMEOUT}. Not thread-safe.
 */
public final class CommittedRecords implements AutoCloseable {
    /** The longest a waiting read takes before it fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** How long {@link #readToEnd()} follows last stable offsets that are below the log's end. */
    public static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    private final String bootstrapServers;
    private KafkaConsumer<String, byte[]> uncommitted;

    private CommittedRecords(String bootstrapServers, Map<TopicPartition, Long> positions, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        try {
            if (topic != null) {
                this.partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
            } else {
                this.partitions = List.copyOf(positions.keySet());
                consumer.assign(partitions);
                positions.forEach(consumer::seek);
            }
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /** A reader of every partition of {@code topic} (as it has them now), from the first record. */
    public static CommittedRecords fromBeginning(String bootstrapServers, String topic) {
        return new CommittedRecords(bootstrapServers, null, topic);
    }

    /** A reader of the given partitions, each from the given offset. */
    public static CommittedRecords from(String bootstrapServers, Map<TopicPartition, Long> positions) {
        return new CommittedRecords(bootstrapServers, Map.copyOf(positions), null);
    }

    /** Every committed record of {@code topic} up to its current end, in offset order per partition. */
    public static List<ConsumerRecord<String, byte[]>> of(String bootstrapServers, String topic) {
        try (CommittedRecords reader = fromBeginning(bootstrapServers, topic)) {
            return reader.readToEnd();
        }
    }

    /** The keys of {@link #of}. */
    public static List<String> keys(String bootstrapServers, String topic) {
        return of(bootstrapServers, topic).stream().map(ConsumerRecord::key).toList();
    }

    /** The values of {@link #of}, decoded. */
    public static <V> List<V> values(String bootstrapServers, String topic, Deserializer<V> deserializer) {
        try (CommittedRecords reader = fromBeginning(bootstrapServers, topic)) {
            reader.readToEnd();
            return reader.values(deserializer);
        }
    }

    /** Polls once (at most a fifth of a second) and returns every record read so far. */
    public List<ConsumerRecord<String, byte[]>> poll() {
        consumer.poll(POLL).forEach(records::add);
        return records();
    }

    /**
     * Reads every record committed by this moment and returns every record read so far. A transaction that has just
     * committed may not be readable yet (its commit markers reach the partitions a moment after the producer's
     * commit returns), so while the last stable offsets are below the log's end the read follows them for up to
     * {@link #SETTLE}: long enough for markers in flight, short enough for a topic that a live processor keeps
     * writing, or a transaction left open (which a {@code read_committed} reader does not see until it ends).
     */
    public List<ConsumerRecord<String, byte[]>> readToEnd() {
        long deadline = deadline();
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        readTo(end, deadline);
        long settleUntil = System.nanoTime() + SETTLE.toNanos();
        while (!end.equals(logEnds()) && System.nanoTime() < settleUntil) {
            poll();
            Map<TopicPartition, Long> now = consumer.endOffsets(partitions);
            if (!now.equals(end)) {
                end = now;
                readTo(end, deadline);
            }
        }
        return records();
    }

    private void readTo(Map<TopicPartition, Long> end, long deadline) {
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            failAfter(deadline, "the end offsets " + end);
            poll();
        }
    }

    /** The end of each partition's log, open transactions included. */
    private Map<TopicPartition, Long> logEnds() {
        if (uncommitted == null) {
            uncommitted = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                    new StringDeserializer(), new ByteArrayDeserializer());
        }
        return uncommitted.endOffsets(partitions);
    }

    /** Reads until at least {@code count} records have been read, and returns them all. */
    public List<ConsumerRecord<String, byte[]>> readAtLeast(int count) {
        long deadline = deadline();
        while (records.size() < count) {
            failAfter(deadline, count + " records");
            poll();
        }
        return records();
    }

    /** Reads until {@code quiet} passes with no new record, and returns every record read so far. */
    public List<ConsumerRecord<String, byte[]>> readUntilQuiet(Duration quiet) {
        long deadline = deadline();
        long quietUntil = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < quietUntil) {
            failAfter(deadline, "a quiet " + quiet);
            int before = records.size();
            poll();
            if (records.size() > before) {
                quietUntil = System.nanoTime() + quiet.toNanos();
            }
        }
        return records();
    }

    /** Every record read so far. */
    public List<ConsumerRecord<String, byte[]>> records() {
        return List.copyOf(records);
    }

    /** The keys of every record read so far. */
    public List<String> keys() {
        return records.stream().map(ConsumerRecord::key).toList();
    }

    /** The values of every record read so far, decoded (a null value stays null). */
    public <V> List<V> values(Deserializer<V> deserializer) {
        List<V> values = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            values.add(deserializer.deserialize(record.topic(), record.value()));
        }
        return values;
    }

    @Override
    public void close() {
        consumer.close();
        if (uncommitted != null) {
            uncommitted.close();
        }
    }

    private static long deadline() {
        return System.nanoTime() + TIMEOUT.toNanos();
    }

    private static void failAfter(long deadline, String what) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("did not read " + what + " within " + TIMEOUT);
        }
    }
}
