package org.bellwether.model;

import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic is a name with its serdes and the configuration it must have in every deployment.
 *
 * @param name              topic name without the deployment prefix
 * @param keySerde          key serde
 * @param valueSerde        value serde
 * @param compacted         true when the topic keeps the latest value per key (a read model or a checkpoint):
 *                          cleanup policy {@code compact}, otherwise {@code delete}
 * @param retention         how long records are kept; {@code null} for forever (what every compacted topic has:
 *                          compaction, not time, bounds it)
 * @param minInSyncReplicas replicas that must hold a record before it counts as written, at a replication factor
 *                          of at least one more (lower replication factors lower it, see
 *                          {@link #minInSyncReplicas(int)})
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted,
                          Duration retention, int minInSyncReplicas) {

    public Topic {
        Objects.requireNonNull(name, "name");
        if (retention != null && (retention.isNegative() || retention.isZero())) {
            throw new IllegalArgumentException(name + ": retention must be positive or null (forever)");
        }
        if (minInSyncReplicas < 1) {
            throw new IllegalArgumentException(name + ": minInSyncReplicas must be at least 1");
        }
    }

    /** The same topic under a deployment prefix, e.g. {@code city1.} + {@code posts.raw}. */
    public Topic<K, V> prefixed(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        return new Topic<>(prefix + name, keySerde, valueSerde, compacted, retention, minInSyncReplicas);
    }

    /** Kafka's {@code cleanup.policy}: {@code compact} or {@code delete}. */
    public String cleanupPolicy() {
        return compacted ? "compact" : "delete";
    }

    /** Kafka's {@code retention.ms}: the retention in milliseconds, -1 for forever. */
    public long retentionMs() {
        return retention == null ? -1 : retention.toMillis();
    }

    /**
     * The {@code min.insync.replicas} at a replication factor: this topic's policy, lowered so that one replica
     * may always be down (at most {@code replication - 1}, at least 1). Replication 3 gives 2, replication 1
     * gives 1.
     */
    public int minInSyncReplicas(int replication) {
        if (replication < 1) {
            throw new IllegalArgumentException("replication must be at least 1");
        }
        return Math.max(1, Math.min(minInSyncReplicas, replication - 1));
    }
}
