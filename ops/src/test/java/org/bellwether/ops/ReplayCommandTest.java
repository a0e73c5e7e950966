package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.kafka.clients.admin.Admin;
import org.bellwether.ingest.CollectorTopics;
import org.bellwether.ingest.provisioning.ProvisioningSettings;
import org.bellwether.ingest.provisioning.TopicProvisioner;
import org.bellwether.collectors.demo.DemoFiles;
import org.bellwether.collectors.demo.DemoScenario;
import org.bellwether.collectors.demo.DemoSettings;
import org.bellwether.collectors.demo.Scenario;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.embedded.InProcessKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bellwether replay} against a real broker: its counts, its resumption and its usage errors. */
class ReplayCommandTest {
    private static InProcessKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startKafka() {
        kafka = InProcessKafka.temporary().start();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void theCommandReplaysPrintsCountsAndASecondRunAddsNothing() throws Exception {
        Scenario scenario = DemoScenario.generate(DemoSettings.small(8));
        Path file = dir.resolve("cmd.jsonl");
        DemoFiles.writeJsonl(scenario, file, 5);
        String[] args = {"--file", file.toString(), "--demo-fields", "--source", "demo",
            "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", "cmd."};
        try (Admin admin = kafka.admin()) {
            new TopicProvisioner(admin, new ProvisioningSettings("cmd.", 1, 2, false).keepingForever()).apply();
        }

        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = ReplayCommand.run(args, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains("demo: collected=" + scenario.posts().size() + " duplicate=0 invalid=5 failed=0");

        buffer.reset();
        assertThat(ReplayCommand.run(args, new PrintStream(buffer, true, StandardCharsets.UTF_8))).isZero();
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("demo: collected=0 duplicate=0 invalid=0");
        assertThat(CommittedRecords.keys(kafka.bootstrapServers(),
                CollectorTopics.withPrefix("cmd.").posts().name())).hasSize(scenario.posts().size());
    }

    @Test
    void refusesToStartWhenItsTopicsAreMissing() throws Exception {
        Path file = dir.resolve("missing-topics.jsonl");
        DemoFiles.writeJsonl(DemoScenario.generate(DemoSettings.small(8)), file, 0);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = ReplayCommand.run(new String[] {"--file", file.toString(), "--demo-fields",
            "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", "unprovisioned."},
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("replay refuses to start: missing topics "
                + "unprovisioned.posts.raw").contains("bellwether topics apply");
        try (Admin admin = kafka.admin()) {
            assertThat(admin.listTopics().names().get()).noneMatch(name -> name.startsWith("unprovisioned."));
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        assertThat(ReplayCommand.run(new String[] {"--file", "x.jsonl"}, out)).isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("--text-field is required").contains("usage:");
        assertThat(ReplayCommand.run(new String[] {"--file"}, out)).isEqualTo(2);
        assertThat(ReplayCommand.run(new String[] {"--file", dir.resolve("missing.jsonl").toString(),
            "--text-field", "text"}, out)).isEqualTo(1);
    }
}
