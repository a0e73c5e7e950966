package org.bellwether.processor.narrative;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.bellwether.processor.ExpiringStore;
import org.bellwether.processor.StoreKind;
import org.bellwether.processor.cluster.NarrativeStateSerde;

/**
 * The narrative task's state stores, all changelogged (so a crash restores them exactly):
 * <ul>
 *   <li>{@value #NARRATIVES}: narrative id → {@link NarrativeState} (binary);</li>
 *   <li>{@value #TERM_JOURNAL}: the terms' document frequencies, as a journal of batches ({@link TermJournal}: a
 *       record per commit instead of one per term);</li>
 *   <li>{@value #TERMS}: term → document frequency, as earlier versions kept them (read once at start, moved into
 *       the journal, then empty);</li>
 *   <li>{@value #META}: the clusterer's counters;</li>
 *   <li>{@value #STREAM}: posts of the whole stream per event-time hour;</li>
 *   <li>{@value #RECENT_POSTS}: post id → narrative id, within the de-duplication retention and the repost window
 *       (to drop posts already placed, and to place reposts);</li>
 *   <li>{@value #FINGERPRINTS}: text fingerprint → first post id and narrative id, within the repost window</li>
 * </ul>
 * (the last two are {@link ExpiringStore}s: changelogged values and a local expiry index rebuilt from them).
 */
public final class NarrativeStores {
    public static final String NARRATIVES = "narrative-states";
    public static final String TERM_JOURNAL = "narrative-term-journal";
    public static final String TERMS = "narrative-term-frequencies";
    public static final String META = "narrative-meta";
    public static final String STREAM = "narrative-stream-volume";
    public static final String RECENT_POSTS = "narrative-recent-posts";
    public static final String FINGERPRINTS = "narrative-fingerprints";

    private NarrativeStores() {
    }

    public static Set<StoreBuilder<?>> builders(StoreKind kind) {
        Set<StoreBuilder<?>> builders = new HashSet<>(ExpiringStore.builders(RECENT_POSTS, kind));
        builders.addAll(ExpiringStore.builders(FINGERPRINTS, kind));
        builders.addAll(Set.of(
                Stores.keyValueStoreBuilder(keyValue(kind, NARRATIVES), Serdes.String(), new NarrativeStateSerde())
                        .withCachingEnabled(),
                Stores.<Long, byte[]>keyValueStoreBuilder(keyValue(kind, TERM_JOURNAL), Serdes.Long(),
                                Serdes.ByteArray()).withCachingEnabled(),
                Stores.keyValueStoreBuilder(keyValue(kind, TERMS), Serdes.String(), Serdes.Integer())
                        .withCachingEnabled(),
                Stores.keyValueStoreBuilder(keyValue(kind, META), Serdes.String(), Serdes.ByteArray())
                        .withCachingEnabled(),
                Stores.<Long, Long>keyValueStoreBuilder(keyValue(kind, STREAM), Serdes.Long(), Serdes.Long())
                        .withCachingEnabled()));
        return Set.copyOf(builders);
    }

    /** The task's commit interval from its configuration (Kafka's default under exactly-once when absent). */
    static Duration commitInterval(Map<String, Object> configs) {
        Object value = configs.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
        return Duration.ofMillis(value == null ? 100 : Long.parseLong(String.valueOf(value)));
    }

    static KeyValueBytesStoreSupplier keyValue(StoreKind kind, String name) {
        return kind == StoreKind.IN_MEMORY ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
    }

}
