package org.bellwether.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a Lucene commit records besides documents (its user data): the Kafka position reached for each partition,
 * the topic prefix and the text retention cutoff. Because they are written in the same atomic commit as the
 * documents, a restart resumes exactly where the durable index stops.
 *
 * @param topicPrefix the topic prefix the index is built from, or null when never recorded
 * @param textCutoff  post text created before this instant is not kept, or null
 * @param offsets     {@code topic-partition} → next offset to read
 */
record CommitData(String topicPrefix, Instant textCutoff, Map<String, Long> offsets) {
    static final String FORMAT = "bellwether.format";
    static final String FORMAT_VERSION = "1";
    static final String TOPIC_PREFIX = "bellwether.topicPrefix";
    static final String TEXT_CUTOFF = "bellwether.textCutoff";
    static final String OFFSET = "offset:";

    CommitData {
        offsets = offsets == null ? Map.of() : Map.copyOf(offsets);
    }

    static CommitData decode(Iterable<Map.Entry<String, String>> userData) {
        String prefix = null;
        Instant cutoff = null;
        Map<String, Long> offsets = new HashMap<>();
        if (userData != null) {
            for (Map.Entry<String, String> entry : userData) {
                String key = entry.getKey();
                if (key.equals(TOPIC_PREFIX)) {
                    prefix = entry.getValue();
                } else if (key.equals(TEXT_CUTOFF)) {
                    cutoff = Instant.parse(entry.getValue());
                } else if (key.startsWith(OFFSET)) {
                    offsets.put(key.substring(OFFSET.length()), Long.parseLong(entry.getValue()));
                }
            }
        }
        return new CommitData(prefix, cutoff, offsets);
    }

    Map<String, String> encode() {
        Map<String, String> data = new TreeMap<>();
        data.put(FORMAT, FORMAT_VERSION);
        if (topicPrefix != null) {
            data.put(TOPIC_PREFIX, topicPrefix);
        }
        if (textCutoff != null) {
            data.put(TEXT_CUTOFF, textCutoff.toString());
        }
        offsets.forEach((partition, offset) -> data.put(OFFSET + partition, Long.toString(offset)));
        return data;
    }
}
