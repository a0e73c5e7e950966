package org.bellwether.search;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a consumer assigned to every partition of its topics: topics that appear late and partitions added
 * later are assigned when found, each resuming from the offset the index committed for it (or the beginning).
 * Used by the indexer thread only.
 */
final class PartitionAssigner {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionAssigner.class);

    private final List<String> topics;
    private final Set<String> reportedMissing = new HashSet<>();

    PartitionAssigner(List<String> topics) {
        this.topics = List.copyOf(topics);
    }

    /** Assigns partitions not assigned yet; partitions already read keep their position. */
    void refresh(Consumer<?, ?> consumer, Map<String, Long> committedOffsets) {
        Map<String, List<PartitionInfo>> existing;
        try {
            existing = consumer.listTopics(Duration.ofSeconds(5));
        } catch (TimeoutException e) {
            LOG.debug("cannot list topics yet: {}", e.getMessage());
            return;
        }
        Set<TopicPartition> wanted = new HashSet<>(consumer.assignment());
        for (String topic : topics) {
            List<PartitionInfo> partitions = existing.get(topic);
            if (partitions == null || partitions.isEmpty()) {
                if (reportedMissing.add(topic)) {
                    LOG.info("search indexer waiting for topic {} to exist", topic);
                }
                continue;
            }
            partitions.forEach(info -> wanted.add(new TopicPartition(info.topic(), info.partition())));
        }
        Set<TopicPartition> added = new HashSet<>(wanted);
        added.removeAll(consumer.assignment());
        if (added.isEmpty()) {
            return;
        }
        consumer.assign(wanted);
        Set<String> resumed = new TreeSet<>();
        for (TopicPartition partition : added) {
            Long offset = committedOffsets.get(partition.toString());
            if (offset != null) {
                consumer.seek(partition, offset);
                resumed.add(partition + "@" + offset);
            } else {
                consumer.seekToBeginning(List.of(partition));
                resumed.add(partition + "@start");
            }
        }
        LOG.info("search indexer now reads {}", resumed);
    }
}
