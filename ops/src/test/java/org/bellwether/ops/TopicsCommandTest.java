package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.tools.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bellwether topics apply} against a real broker, and the roles' refusal to start on a topic with the wrong
 * cleanup policy. Each test uses its own topic prefix.
 */
class TopicsCommandTest {
    private static InProcessKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() {
        kafka = InProcessKafka.temporary().start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void aDryRunListsEveryTopicWithItsPolicyAndApplyThenCreatesThem() throws Exception {
        Run dryRun = run(new TopicsCommand(), "apply", "--bootstrap", kafka.bootstrapServers(), "--replication", "1",
                "--topic-prefix", "dry.", "--dry-run");

        assertThat(dryRun.exit()).isZero();
        for (Topic<String, ?> topic : Topics.all()) {
            assertThat(dryRun.output()).contains("dry." + topic.name() + ": would create (cleanup.policy="
                    + topic.cleanupPolicy() + ", retention.ms=" + topic.retentionMs() + ", min.insync.replicas=1");
        }
        assertThat(dryRun.output()).contains("11 topics (dry run: nothing changed), 0 wrong");
        try (Admin admin = kafka.admin()) {
            assertThat(admin.listTopics().names().get()).noneMatch(name -> name.startsWith("dry."));
        }

        Run apply = run(new TopicsCommand(), "apply", "--bootstrap", kafka.bootstrapServers(), "--replication", "1",
                "--topic-prefix", "dry.");
        Run again = run(new TopicsCommand(), "apply", "--bootstrap", kafka.bootstrapServers(), "--replication", "1",
                "--topic-prefix", "dry.");

        assertThat(apply.exit()).isZero();
        assertThat(apply.output()).contains("dry.narratives: created (cleanup.policy=compact, retention.ms=-1");
        assertThat(again.exit()).isZero();
        assertThat(again.output()).contains("dry.narratives: ok").doesNotContain("created");
    }

    @Test
    void aWronglyConfiguredCompactedTopicFailsApplyAndStopsProcess() throws Exception {
        try (Admin admin = kafka.admin()) {
            admin.createTopics(List.of(new NewTopic("bad.narratives", 1, (short) 1)
                    .configs(Map.of("cleanup.policy", "delete")))).all().get();
        }

        Run apply = run(new TopicsCommand(), "apply", "--bootstrap", kafka.bootstrapServers(), "--replication", "1",
                "--topic-prefix", "bad.");
        Run process = run(new ProcessCommand(), "--state-dir", dir.resolve("state").toString(),
                "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", "bad.", "--no-ner");

        assertThat(apply.exit()).isEqualTo(1);
        assertThat(apply.output()).contains("bad.narratives: wrong: cleanup.policy=delete but must be compact")
                .contains("11 topics, 1 wrong");
        assertThat(process.exit()).isEqualTo(1);
        assertThat(process.output()).contains("process refuses to start: topic bad.narratives has "
                + "cleanup.policy=delete but must be compact");
    }

    @Test
    void processGoesOnWhenItsTopicsAreRight() {
        assertThat(run(new TopicsCommand(), "apply", "--bootstrap", kafka.bootstrapServers(), "--replication", "1",
                "--topic-prefix", "good.").exit()).isZero();

        Run process = run(new ProcessCommand(), "--state-dir", dir.resolve("state").toString(),
                "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", "good.", "--no-ner");

        // past the topic check, it stops at the next requirement: the pseudonym key this test does not set
        assertThat(process.output()).doesNotContain("refuses to start").contains("set BELLWETHER_PSEUDONYM_KEY");
        assertThat(process.exit()).isEqualTo(2);
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Object command, String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = Cli.execute(command, new PrintStream(buffer, true, StandardCharsets.UTF_8), args);
        return new Run(exit, buffer.toString(StandardCharsets.UTF_8));
    }
}
