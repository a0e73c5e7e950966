package org.bellwether.ops;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bellwether.ingest.provisioning.ProvisioningSettings;
import org.bellwether.ingest.provisioning.TopicOutcome;
import org.bellwether.ingest.provisioning.TopicProvisioner;
import org.bellwether.tools.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bellwether topics apply …}: the topics of a deployment, created or checked before any role starts. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Create or check every Bellwether topic with its cleanup policy, retention and "
                + "min.insync.replicas.",
        subcommands = TopicsCommand.Apply.class)
final class TopicsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Without a subcommand: the usage, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    /** {@code bellwether topics apply}: one line per topic, exit code 1 when a topic is wrong. */
    @Command(name = "apply", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Create the missing topics and set retention and min.insync.replicas on existing ones,",
                    "idempotently; a cleanup policy or replication factor that differs is reported, never changed",
                    "(exit code 1). Run it before the first start of process, collect and server."})
    static final class Apply implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers")
        private String bootstrap;
        @Option(names = "--replication", required = true, paramLabel = "R",
                description = "replication factor of created topics (3 in production)")
        private int replication;
        @Option(names = "--partitions", paramLabel = "N", description = "partitions of created topics "
                + "(default: ${DEFAULT-VALUE}; docs/SCALING.md)")
        private int partitions = 3;
        @Option(names = "--topic-prefix", paramLabel = "P", description = "deployment prefix of every topic")
        private String topicPrefix = "";
        @Option(names = "--dry-run", description = "say what would be done, change nothing")
        private boolean dryRun;

        @Override
        public Integer call() {
            if (replication < 1 || partitions < 1) {
                throw new ParameterException(spec.commandLine(), "--replication and --partitions must be positive");
            }
            PrintStream out = Cli.out(spec);
            ProvisioningSettings settings = new ProvisioningSettings(topicPrefix, replication, partitions, dryRun);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
                List<TopicOutcome> outcomes = new TopicProvisioner(admin, settings).apply();
                outcomes.forEach(outcome -> out.println(outcome.line()));
                long wrong = outcomes.stream().filter(o -> o.action() == TopicOutcome.Action.WRONG).count();
                out.printf("%d topics%s, %d wrong%n", outcomes.size(), dryRun ? " (dry run: nothing changed)" : "",
                        wrong);
                return wrong == 0 ? 0 : 1;
            }
        }
    }
}
