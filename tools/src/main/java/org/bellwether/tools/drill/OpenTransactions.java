package org.bellwether.tools.drill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Partitions whose last stable offset stays behind their end: a transaction on them is still open, and
 * {@code read_committed} readers (the processor, the indexer) cannot pass it. After a stream has ended, such a
 * partition explains records that are written but never read; the producers holding it are listed.
 */
final class OpenTransactions {
    private OpenTransactions() {
    }

    /** One line per partition of the cluster's topics with a transaction still open, with its producers. */
    static List<String> find(Admin admin) throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(admin.listTopics().names().get()).allTopicNames().get().values()
                .forEach(topic -> topic.partitions().forEach(p -> partitions.add(
                        new TopicPartition(topic.name(), p.partition()))));
        Map<TopicPartition, Long> stable = ends(admin, partitions, IsolationLevel.READ_COMMITTED);
        Map<TopicPartition, Long> written = ends(admin, partitions, IsolationLevel.READ_UNCOMMITTED);
        List<TopicPartition> open = partitions.stream()
                .filter(p -> stable.get(p) < written.get(p)).sorted(java.util.Comparator.comparing(Object::toString))
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<TopicPartition, List<ProducerState>> producers = new HashMap<>();
        admin.describeProducers(open).all().get().forEach((partition, description) ->
                producers.put(partition, description.activeProducers()));
        List<String> lines = new ArrayList<>();
        for (TopicPartition partition : open) {
            StringBuilder line = new StringBuilder(partition + ": last stable offset " + stable.get(partition)
                    + " < end " + written.get(partition));
            producers.getOrDefault(partition, List.of()).stream()
                    .filter(p -> p.currentTransactionStartOffset().isPresent())
                    .forEach(p -> line.append("; producer ").append(p.producerId()).append(" epoch ")
                            .append(p.producerEpoch()).append(" open since offset ")
                            .append(p.currentTransactionStartOffset().getAsLong()));
            lines.add(line.toString());
        }
        return lines;
    }

    private static Map<TopicPartition, Long> ends(Admin admin, List<TopicPartition> partitions,
                                                  IsolationLevel isolation)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        Map<TopicPartition, ListOffsetsResultInfo> result = admin.listOffsets(latest,
                new ListOffsetsOptions(isolation)).all().get();
        result.forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }
}
