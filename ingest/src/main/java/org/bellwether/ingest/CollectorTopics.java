package org.bellwether.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.bellwether.model.CollectorCheckpoint;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.bellwether.model.Tip;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;

/**
 * The topics collectors write, under one deployment prefix.
 *
 * @param posts       {@code posts.raw}
 * @param tips        {@code tips.raw}
 * @param deadLetters {@code posts.dlq}
 * @param checkpoints {@code collector.checkpoints} (compacted)
 */
public record CollectorTopics(Topic<String, RawPost> posts, Topic<String, Tip> tips,
                              Topic<String, DeadLetter> deadLetters,
                              Topic<String, CollectorCheckpoint> checkpoints) {

    public static CollectorTopics withPrefix(String prefix) {
        return new CollectorTopics(Topics.POSTS_RAW.prefixed(prefix), Topics.TIPS_RAW.prefixed(prefix),
                Topics.POSTS_DLQ.prefixed(prefix), Topics.COLLECTOR_CHECKPOINTS.prefixed(prefix));
    }

    /** Topic name to compacted flag. */
    public Map<String, Boolean> names() {
        Map<String, Boolean> names = new LinkedHashMap<>();
        names.put(posts.name(), false);
        names.put(tips.name(), false);
        names.put(deadLetters.name(), false);
        names.put(checkpoints.name(), true);
        return names;
    }

    /** Creates those of these topics that are missing (for the stand-alone commands); existing ones are kept. */
    public void createMissing(Admin admin, int partitions) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            var missing = names().entrySet().stream().filter(e -> !existing.contains(e.getKey())).map(e -> {
                NewTopic topic = new NewTopic(e.getKey(), e.getValue() ? 1 : partitions, (short) 1);
                if (e.getValue()) {
                    topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                }
                return topic;
            }).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
