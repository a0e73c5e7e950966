package org.bellwether.processor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * A key-value memory that forgets entries older than a retention (in event time), over two key-value stores: the
 * values with their time (changelogged), and an expiry index ordered by hour, so that a lookup is one get and
 * forgetting is one range scan. (Kafka's window stores do the same job, but the in-memory one scans every
 * timestamp in a lookup's range.) The index is derived data: it is not changelogged (that halves the records a put
 * costs) but rebuilt from the values whenever a task opens the memory, which is after Kafka Streams has restored the
 * values, so it is complete after a crash, a wiped state directory or a task moved between instances; entries left
 * over from an older local copy are harmless, as forgetting checks the value's own time. Not thread-safe: one task
 * owns it.
 */
public final class ExpiringStore {
    private static final long HOUR = 3_600_000L;
    private static final byte[] NOTHING = new byte[0];

    private final KeyValueStore<String, String> values;
    private final KeyValueStore<String, byte[]> expiry;
    private final long retentionMillis;

    private ExpiringStore(KeyValueStore<String, String> values, KeyValueStore<String, byte[]> expiry,
                          Duration retention) {
        this.values = values;
        this.expiry = expiry;
        this.retentionMillis = retention.toMillis();
    }

    /** The store builders for a memory named {@code name}. */
    public static Set<StoreBuilder<?>> builders(String name, StoreKind kind) {
        return Set.of(
                Stores.keyValueStoreBuilder(supplier(kind, name + "-values"), Serdes.String(), Serdes.String())
                        .withCachingEnabled(),
                Stores.keyValueStoreBuilder(supplier(kind, name + "-expiry"), Serdes.String(), Serdes.ByteArray())
                        .withCachingEnabled().withLoggingDisabled());
    }

    /**
     * The memory named {@code name} of a task (its stores must be connected to the processor), with its expiry index
     * rebuilt from the values: one pass over them when a task starts.
     */
    public static ExpiringStore open(ProcessingContext context, String name, Duration retention) {
        ExpiringStore store = new ExpiringStore(context.getStateStore(name + "-values"),
                context.getStateStore(name + "-expiry"), retention);
        store.rebuildIndex();
        return store;
    }

    private void rebuildIndex() {
        try (KeyValueIterator<String, String> all = values.all()) {
            while (all.hasNext()) {
                KeyValue<String, String> entry = all.next();
                expiry.put(bucket(Long.parseLong(entry.value.substring(0, entry.value.indexOf('|')))) + entry.key,
                        NOTHING);
            }
        }
    }

    /** The value remembered for the key, or null when there is none or it is older than the retention. */
    public String get(String key, long now) {
        return get(key, now, retentionMillis);
    }

    /**
     * The value remembered for the key if it was put within {@code within} before {@code now} (and within the
     * retention), else null.
     */
    public String get(String key, long now, Duration within) {
        return get(key, now, Math.min(retentionMillis, within.toMillis()));
    }

    private String get(String key, long now, long withinMillis) {
        String entry = values.get(key);
        if (entry == null) {
            return null;
        }
        int split = entry.indexOf('|');
        long time = Long.parseLong(entry.substring(0, split));
        return time < now - withinMillis ? null : entry.substring(split + 1);
    }

    public void put(String key, String value, long time) {
        values.put(key, time + "|" + value);
        expiry.put(bucket(time) + key, NOTHING);
    }

    /** Forgets entries older than the retention before {@code now}. */
    public void expire(long now) {
        String before = bucket(now - retentionMillis);
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> old = expiry.range("", before)) {
            while (old.hasNext()) {
                KeyValue<String, byte[]> entry = old.next();
                expired.add(entry.key);
            }
        }
        for (String indexKey : expired) {
            expiry.delete(indexKey);
            String key = indexKey.substring(13);
            String entry = values.get(key);
            if (entry != null && Long.parseLong(entry.substring(0, entry.indexOf('|'))) < now - retentionMillis) {
                values.delete(key);
            }
        }
    }

    /** A 13-character sortable hour prefix: 12 digits and a separator. */
    private static String bucket(long time) {
        String hour = Long.toString(Math.max(0, Math.floorDiv(time, HOUR)));
        StringBuilder prefix = new StringBuilder(13);
        for (int i = hour.length(); i < 12; i++) {
            prefix.append('0');
        }
        return prefix.append(hour).append('|').toString();
    }

    private static KeyValueBytesStoreSupplier supplier(StoreKind kind, String name) {
        return kind == StoreKind.IN_MEMORY ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
    }
}
