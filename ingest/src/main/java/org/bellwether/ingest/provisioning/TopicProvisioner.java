package org.bellwether.ingest.provisioning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.ingest.provisioning.TopicOutcome.Action;

/**
 * Creates or checks the topics of the catalogue ({@link Topics}) with their cleanup policy, retention and
 * {@code min.insync.replicas}, idempotently. A missing topic is created; an existing one whose retention or
 * {@code min.insync.replicas} differ is altered; a cleanup policy or replication factor that differs is reported
 * as wrong and left alone (changing either loses data or moves replicas, an operator's decision). Partitions of an
 * existing topic are never changed (more partitions would move keys). A dry run reports the same and changes
 * nothing. Uses the caller's {@link Admin}; not thread-safe.
 */
public final class TopicProvisioner {
    /** How long a just-created topic may take to reach every broker's metadata. */
    private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

    private final Admin admin;
    private final ProvisioningSettings settings;

    public TopicProvisioner(Admin admin, ProvisioningSettings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    /** Provisions every topic of the catalogue; one outcome per topic, in catalogue order. */
    public List<TopicOutcome> apply() {
        return apply(Topics.all());
    }

    /** Provisions these topics (names without the prefix); one outcome per topic, in the given order. */
    public List<TopicOutcome> apply(Collection<? extends Topic<?, ?>> topics) {
        Map<String, Topic<?, ?>> wanted = prefixed(topics, settings.topicPrefix());
        Map<String, TopicOutcome> outcomes = new LinkedHashMap<>();
        wanted.keySet().forEach(name -> outcomes.put(name, null));
        Set<String> existing = await(admin.listTopics().names());
        List<String> missing = wanted.keySet().stream().filter(name -> !existing.contains(name)).toList();
        List<String> present = new ArrayList<>(wanted.keySet().stream().filter(existing::contains).toList());
        for (String name : missing) {
            Topic<?, ?> topic = wanted.get(name);
            if (settings.dryRun()) {
                outcomes.put(name, created(name, topic));
            } else if (create(name, topic)) {
                outcomes.put(name, created(name, topic));
            } else {
                present.add(name); // created by someone else meanwhile: check it like any existing topic
            }
        }
        List<String> created = missing.stream().filter(name -> outcomes.get(name) != null).toList();
        if (!settings.dryRun() && !created.isEmpty()) {
            describe(created); // returns once every broker asked knows the new topics, so writers find them
        }
        if (!present.isEmpty()) {
            inspect(present, wanted).forEach(outcome -> outcomes.put(outcome.topic(), outcome));
        }
        return List.copyOf(outcomes.values());
    }

    /**
     * The topics among these that exist with another cleanup policy than the catalogue's, one message each (empty
     * when all are right). Missing topics are not reported: the provisioner or the first writer creates them.
     */
    public static List<String> wrongCleanupPolicies(Admin admin, String topicPrefix,
                                                    Collection<? extends Topic<?, ?>> topics) {
        Map<String, Topic<?, ?>> wanted = prefixed(topics, topicPrefix);
        Set<String> existing = await(admin.listTopics().names());
        List<ConfigResource> resources = wanted.keySet().stream().filter(existing::contains)
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        if (resources.isEmpty()) {
            return List.of();
        }
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(resources).all());
        List<String> wrong = new ArrayList<>();
        for (ConfigResource resource : resources) {
            Topic<?, ?> topic = wanted.get(resource.name());
            String actual = value(configs.get(resource), TopicConfig.CLEANUP_POLICY_CONFIG);
            if (!samePolicy(actual, topic.cleanupPolicy())) {
                wrong.add("topic " + resource.name() + " has "
                        + cleanupPolicyProblem(actual, topic.cleanupPolicy()));
            }
        }
        return wrong;
    }

    /**
     * Refuses to go on when a topic this role needs exists with the wrong cleanup policy.
     *
     * @param role the command that needs the topics, for the message, e.g. {@code process}
     * @throws IllegalStateException naming each wrong topic and how to repair it
     */
    public static void requireCleanupPolicies(Admin admin, String topicPrefix,
                                              Collection<? extends Topic<?, ?>> topics, String role) {
        List<String> wrong = wrongCleanupPolicies(admin, topicPrefix, topics);
        if (!wrong.isEmpty()) {
            throw new IllegalStateException(role + " refuses to start: " + String.join("; ", wrong)
                    + ". Repair the topic (delete and recreate it, then run `bellwether topics apply`) first.");
        }
    }

    /**
     * Refuses to go on when a topic this role needs is missing or exists with the wrong cleanup policy: for the
     * roles that would otherwise leave the topic to be created by the broker's defaults (one replica, no
     * cleanup policy of the catalogue's).
     *
     * @param role the command that needs the topics, for the message, e.g. {@code collect}
     * @throws IllegalStateException naming each missing or wrong topic and how to provision them
     */
    public static void requireProvisioned(Admin admin, String topicPrefix, Collection<? extends Topic<?, ?>> topics,
                                          String role) {
        Set<String> existing = await(admin.listTopics().names());
        List<String> missing = prefixed(topics, topicPrefix).keySet().stream()
                .filter(name -> !existing.contains(name)).toList();
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing topic" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + " (run `bellwether topics apply --bootstrap B --replication R"
                    + (topicPrefix.isEmpty() ? "" : " --topic-prefix " + topicPrefix) + "` first)");
        }
        problems.addAll(wrongCleanupPolicies(admin, topicPrefix, topics));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(role + " refuses to start: " + String.join("; ", problems) + ".");
        }
    }

    private boolean create(String name, Topic<?, ?> topic) {
        NewTopic newTopic = new NewTopic(name, settings.partitions(), (short) settings.replication())
                .configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanupPolicy(),
                        TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retentionMs(topic)),
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                        String.valueOf(topic.minInSyncReplicas(settings.replication()))));
        try {
            admin.createTopics(List.of(newTopic)).all().get();
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name, e);
        }
    }

    private TopicOutcome created(String name, Topic<?, ?> topic) {
        return new TopicOutcome(name, Action.CREATED, List.of(
                TopicConfig.CLEANUP_POLICY_CONFIG + "=" + topic.cleanupPolicy(),
                TopicConfig.RETENTION_MS_CONFIG + "=" + retentionMs(topic),
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG + "=" + topic.minInSyncReplicas(settings.replication()),
                "partitions " + settings.partitions(),
                "replication " + settings.replication()), settings.dryRun());
    }

    private List<TopicOutcome> inspect(List<String> names, Map<String, Topic<?, ?>> wanted) {
        Map<String, TopicDescription> descriptions = describe(names);
        List<ConfigResource> resources = names.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(resources).all());
        Map<ConfigResource, Collection<AlterConfigOp>> alterations = new LinkedHashMap<>();
        List<TopicOutcome> outcomes = new ArrayList<>();
        for (ConfigResource resource : resources) {
            String name = resource.name();
            TopicOutcome outcome = inspect(name, wanted.get(name), descriptions.get(name), configs.get(resource),
                    alterations);
            outcomes.add(outcome);
        }
        if (!alterations.isEmpty() && !settings.dryRun()) {
            await(admin.incrementalAlterConfigs(alterations).all());
        }
        return outcomes;
    }

    private TopicOutcome inspect(String name, Topic<?, ?> topic, TopicDescription description, Config config,
                                 Map<ConfigResource, Collection<AlterConfigOp>> alterations) {
        int partitions = description.partitions().size();
        int replication = description.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0);
        String policy = value(config, TopicConfig.CLEANUP_POLICY_CONFIG);
        List<String> wrong = new ArrayList<>();
        if (!samePolicy(policy, topic.cleanupPolicy())) {
            wrong.add(cleanupPolicyProblem(policy, topic.cleanupPolicy()));
        }
        if (replication < settings.replication()) {
            wrong.add("replication " + replication + ", must be at least " + settings.replication()
                    + " (reassign its partitions to more brokers)");
        }
        if (!wrong.isEmpty()) {
            return new TopicOutcome(name, Action.WRONG, wrong, settings.dryRun());
        }
        List<String> notes = new ArrayList<>();
        List<AlterConfigOp> changes = new ArrayList<>();
        compare(config, TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retentionMs(topic)), changes, notes);
        compare(config, TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                String.valueOf(topic.minInSyncReplicas(replication)), changes, notes);
        if (partitions != settings.partitions()) {
            notes.add("partitions " + partitions + " kept (asked " + settings.partitions() + ")");
        }
        if (changes.isEmpty()) {
            return new TopicOutcome(name, Action.OK, notes, settings.dryRun());
        }
        alterations.put(new ConfigResource(ConfigResource.Type.TOPIC, name), changes);
        return new TopicOutcome(name, Action.ALTERED, notes, settings.dryRun());
    }

    private long retentionMs(Topic<?, ?> topic) {
        return settings.keepForever() ? -1 : topic.retentionMs();
    }

    private static void compare(Config config, String key, String expected, List<AlterConfigOp> changes,
                                List<String> notes) {
        String actual = value(config, key);
        if (!expected.equals(actual)) {
            changes.add(new AlterConfigOp(new ConfigEntry(key, expected), AlterConfigOp.OpType.SET));
            notes.add(key + " " + actual + " -> " + expected);
        }
    }

    private static String cleanupPolicyProblem(String actual, String expected) {
        return "cleanup.policy=" + actual + " but must be " + expected
                + (expected.equals(TopicConfig.CLEANUP_POLICY_COMPACT)
                        ? " (otherwise the latest value per key is deleted with age)"
                        : " (otherwise its records are never deleted with age)");
    }

    private static boolean samePolicy(String actual, String expected) {
        Set<String> policies = actual == null ? Set.of() : Arrays.stream(actual.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        return policies.equals(Set.of(expected));
    }

    private static String value(Config config, String key) {
        ConfigEntry entry = config == null ? null : config.get(key);
        return entry == null ? null : entry.value();
    }

    private static Map<String, Topic<?, ?>> prefixed(Collection<? extends Topic<?, ?>> topics, String prefix) {
        Map<String, Topic<?, ?>> byName = new LinkedHashMap<>();
        for (Topic<?, ?> topic : topics) {
            Topic<?, ?> full = topic.prefixed(prefix);
            byName.put(full.name(), full);
        }
        return byName;
    }

    /** Describes topics, waiting out a topic that was just created and is not known to every broker yet. */
    private Map<String, TopicDescription> describe(List<String> names) {
        long deadline = System.nanoTime() + METADATA_WAIT.toNanos();
        while (true) {
            try {
                return admin.describeTopics(names).allTopicNames().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot describe topics " + names + ": "
                            + e.getCause().getMessage(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while describing topics", e);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topic metadata", e);
        }
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka admin request failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to Kafka", e);
        }
    }
}
