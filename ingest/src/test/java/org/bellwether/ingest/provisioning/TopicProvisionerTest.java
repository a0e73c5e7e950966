package org.bellwether.ingest.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.ingest.provisioning.TopicOutcome.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real single-node broker; each test uses its own topic prefix. */
class TopicProvisionerTest {
    private static InProcessKafka kafka;
    private static Admin admin;

    @BeforeAll
    static void startBroker() {
        kafka = InProcessKafka.temporary().start();
        admin = kafka.admin();
    }

    @AfterAll
    static void stopBroker() {
        admin.close();
        kafka.close();
    }

    @Test
    void createsEveryCatalogueTopicWithItsPolicyAndFindsThemRightTheSecondTime() throws Exception {
        var settings = new ProvisioningSettings("created.", 1, 2, false);

        List<TopicOutcome> first = new TopicProvisioner(admin, settings).apply();

        assertThat(first).extracting(TopicOutcome::topic)
                .containsExactlyElementsOf(Topics.all().stream().map(t -> "created." + t.name()).toList());
        assertThat(first).extracting(TopicOutcome::action).containsOnly(Action.CREATED);
        assertThat(first.get(0).line()).isEqualTo("created.posts.raw: created (cleanup.policy=delete, "
                + "retention.ms=604800000, min.insync.replicas=1, partitions 2, replication 1)");
        Config narratives = config("created.narratives");
        assertThat(narratives.get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(narratives.get("retention.ms").value()).isEqualTo("-1");
        assertThat(narratives.get("min.insync.replicas").value()).isEqualTo("1");
        assertThat(config("created.posts.scored").get("retention.ms").value()).isEqualTo("2592000000");
        assertThat(admin.describeTopics(List.of("created.posts.raw")).allTopicNames().get()
                .get("created.posts.raw").partitions()).hasSize(2);

        List<TopicOutcome> second = new TopicProvisioner(admin, settings).apply();

        assertThat(second).extracting(TopicOutcome::action).containsOnly(Action.OK);
        assertThat(second.get(0).line()).isEqualTo("created.posts.raw: ok");
    }

    @Test
    void aDryRunReportsWhatItWouldDoAndChangesNothing() throws Exception {
        var settings = new ProvisioningSettings("dry.", 1, 1, true);

        List<TopicOutcome> outcomes = new TopicProvisioner(admin, settings).apply();

        assertThat(outcomes).hasSize(Topics.all().size()).allSatisfy(outcome -> {
            assertThat(outcome.action()).isEqualTo(Action.CREATED);
            assertThat(outcome.line()).contains(": would create (cleanup.policy=");
        });
        assertThat(admin.listTopics().names().get()).noneMatch(name -> name.startsWith("dry."));
    }

    @Test
    void altersRetentionAndMinInSyncReplicasButOnlyReportsAWrongCleanupPolicy() throws Exception {
        admin.createTopics(List.of(
                new NewTopic("fix.posts.raw", 1, (short) 1).configs(Map.of("retention.ms", "3600000")),
                new NewTopic("fix.narratives", 1, (short) 1).configs(Map.of("cleanup.policy", "delete"))))
                .all().get();
        List<Topic<String, ?>> topics = List.of(Topics.POSTS_RAW, Topics.NARRATIVES);
        var settings = new ProvisioningSettings("fix.", 1, 3, false);

        List<TopicOutcome> planned = new TopicProvisioner(admin, settings.asDryRun()).apply(topics);
        assertThat(planned.get(0).line()).isEqualTo("fix.posts.raw: would alter "
                + "(retention.ms 3600000 -> 604800000, partitions 1 kept (asked 3))");
        assertThat(config("fix.posts.raw").get("retention.ms").value()).isEqualTo("3600000");

        List<TopicOutcome> applied = new TopicProvisioner(admin, settings).apply(topics);

        assertThat(applied).extracting(TopicOutcome::action).containsExactly(Action.ALTERED, Action.WRONG);
        // a broker applies an altered config from the metadata log a moment after the controller accepted it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(config("fix.posts.raw").get("retention.ms").value()).isEqualTo("604800000"));
        assertThat(applied.get(1).line())
                .startsWith("fix.narratives: wrong: cleanup.policy=delete but must be compact");
        assertThat(config("fix.narratives").get("cleanup.policy").value()).isEqualTo("delete");
    }

    @Test
    void inProcessInfrastructureKeepsEverythingForever() throws Exception {
        var settings = new ProvisioningSettings("forever.", 1, 1, false).keepingForever();

        List<TopicOutcome> outcomes = new TopicProvisioner(admin, settings).apply(List.of(Topics.POSTS_SCORED));

        assertThat(outcomes.get(0).line()).contains("retention.ms=-1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(config("forever.posts.scored").get("retention.ms").value()).isEqualTo("-1");
            assertThat(config("forever.posts.scored").get("cleanup.policy").value()).isEqualTo("delete");
        });
    }

    @Test
    void reportsATopicWithFewerReplicasThanAsked() throws Exception {
        admin.createTopics(List.of(new NewTopic("thin.posts.raw", 1, (short) 1))).all().get();

        List<TopicOutcome> outcomes = new TopicProvisioner(admin, new ProvisioningSettings("thin.", 3, 1, false))
                .apply(List.of(Topics.POSTS_RAW));

        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.action()).isEqualTo(Action.WRONG);
            assertThat(outcome.details()).singleElement().asString().startsWith("replication 1, must be at least 3");
        });
    }

    @Test
    void aRoleRefusesToStartOnlyOnAnExistingTopicWithTheWrongCleanupPolicy() throws Exception {
        List<Topic<String, ?>> needed = List.of(Topics.POSTS_RAW, Topics.NARRATIVES, Topics.ALERTS);
        assertThat(TopicProvisioner.wrongCleanupPolicies(admin, "role.", needed)).as("missing topics").isEmpty();
        admin.createTopics(List.of(
                new NewTopic("role.posts.raw", 1, (short) 1),
                new NewTopic("role.narratives", 1, (short) 1).configs(Map.of("cleanup.policy", "compact,delete"))))
                .all().get();

        // topics just created reach the broker's metadata a moment later
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(TopicProvisioner.wrongCleanupPolicies(admin, "role.", needed)).containsExactly(
                        "topic role.narratives has cleanup.policy=compact,delete but must be compact"
                                + " (otherwise the latest value per key is deleted with age)"));
        assertThatThrownBy(() -> TopicProvisioner.requireCleanupPolicies(admin, "role.", needed, "process"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("process refuses to start: topic role.narratives has cleanup.policy=")
                .hasMessageContaining("bellwether topics apply");
        TopicProvisioner.requireCleanupPolicies(admin, "role.", List.of(Topics.POSTS_RAW), "collect");
    }

    private static Config config(String topic) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }
}
