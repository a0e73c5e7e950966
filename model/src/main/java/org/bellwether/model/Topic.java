package org.bellwether.model;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic is a name with its serdes.
 *
 * @param name       topic name without the deployment prefix
 * @param keySerde   key serde
 * @param valueSerde value serde
 * @param compacted  true when the topic keeps the latest value per key (a read model or a checkpoint)
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {

    /** The same topic under a deployment prefix, e.g. {@code city1.} + {@code posts.raw}. */
    public Topic<K, V> prefixed(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        return new Topic<>(prefix + name, keySerde, valueSerde, compacted);
    }
}
