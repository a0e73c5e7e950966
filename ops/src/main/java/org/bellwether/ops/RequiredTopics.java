package org.bellwether.ops;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.ingest.provisioning.TopicProvisioner;

/**
 * The topics each long-running role reads or writes, and the check it runs before it starts: a topic that exists
 * with the wrong cleanup policy stops the role with a message naming the topic (a compacted read model with
 * {@code delete} loses state silently; an event topic with {@code compact} keeps what should expire).
 */
final class RequiredTopics {
    /** {@code process}: reads posts, tips and responses; writes scored posts, narratives, alerts, dead letters. */
    static final List<Topic<String, ?>> PROCESS = List.of(Topics.POSTS_RAW, Topics.TIPS_RAW, Topics.RESPONSES,
            Topics.POSTS_DLQ, Topics.POSTS_SCORED, Topics.NARRATIVES, Topics.ALERTS);
    /** {@code collect}: writes posts, tips and dead letters with its checkpoints; follows the watchlist. */
    static final List<Topic<String, ?>> COLLECT = List.of(Topics.POSTS_RAW, Topics.TIPS_RAW, Topics.POSTS_DLQ,
            Topics.COLLECTOR_CHECKPOINTS, Topics.COLLECTOR_WATCHLISTS);
    /**
     * {@code server}: indexes scored posts and narratives, takes in alerts, writes responses, watchlists and the
     * tips of its intake (with their dead letters and checkpoints).
     */
    static final List<Topic<String, ?>> SERVER = List.of(Topics.POSTS_SCORED, Topics.NARRATIVES, Topics.ALERTS,
            Topics.RESPONSES, Topics.TIPS_RAW, Topics.POSTS_DLQ, Topics.COLLECTOR_CHECKPOINTS,
            Topics.COLLECTOR_WATCHLISTS);

    /** {@code replay}: writes posts, tips and dead letters with its checkpoints. */
    static final List<Topic<String, ?>> REPLAY = List.of(Topics.POSTS_RAW, Topics.TIPS_RAW, Topics.POSTS_DLQ,
            Topics.COLLECTOR_CHECKPOINTS);

    private RequiredTopics() {
    }

    /**
     * The same check, and a missing topic stops the role too: for writers that would otherwise leave a topic to
     * the broker's defaults ({@code collect}, {@code replay}); {@code topics apply} creates them right.
     *
     * @throws IllegalStateException when one of {@code topics} is missing or has the wrong cleanup policy, or Kafka
     *                               does not answer within 30 s
     */
    static void requireProvisioned(String bootstrap, String topicPrefix, List<Topic<String, ?>> topics, String role) {
        try (Admin admin = admin(bootstrap)) {
            TopicProvisioner.requireProvisioned(admin, topicPrefix, topics, role);
        }
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /**
     * @throws IllegalStateException when one of {@code topics} exists with the wrong cleanup policy, or Kafka does
     *                               not answer within 30 s
     */
    static void check(String bootstrap, String topicPrefix, List<Topic<String, ?>> topics, String role) {
        try (Admin admin = admin(bootstrap)) {
            TopicProvisioner.requireCleanupPolicies(admin, topicPrefix, topics, role);
        }
    }
}
