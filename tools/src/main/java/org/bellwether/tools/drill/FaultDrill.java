package org.bellwether.tools.drill;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.bellwether.embedded.CommittedRecords;
import org.bellwether.embedded.InProcessKafkaCluster;
import org.bellwether.model.Alert;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.ingest.provisioning.ProvisioningSettings;
import org.bellwether.ingest.provisioning.TopicProvisioner;
import org.bellwether.processor.StreamsProperties;

/**
 * The fault drill: an in-process Kafka cluster (replication {@code min(3, brokers)}, {@code min.insync.replicas} one
 * fewer), the replay collector feeding synthetic posts, two processor instances in their own JVMs and the search
 * indexer. Mid-stream it kills the broker leading the most partitions and brings it back, kills one processor
 * instance with {@code SIGKILL}, and restarts the indexer; then it counts what reached {@code posts.scored},
 * {@code alerts} (both {@code read_committed}) and the index. Each fault is triggered by progress, not by time, so
 * it happens mid-stream on a fast or a slow machine.
 */
public final class FaultDrill {
    /** How long the killed broker stays down: longer than the broker session timeout, so it is fenced. */
    private static final Duration BROKER_DOWN = Duration.ofSeconds(10);
    /** Without progress for this long, the drill stops and counts what is missing as lost. */
    private static final Duration STALL = Duration.ofSeconds(60);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);
    private static final String PSEUDONYM_KEY = Base64.getEncoder().encodeToString(
            "bellwether-drill-pseudonym-key".getBytes(StandardCharsets.UTF_8));

    /**
     * @param brokers    in-process Kafka nodes (combined broker and controller)
     * @param posts      synthetic posts to replay
     * @param partitions partitions per topic (at least 2, so two processor instances share the work)
     * @param rate       posts per second the collector replays at; 0 for as fast as it goes
     * @param seed       the synthetic posts' seed
     */
    public record Options(int brokers, int posts, int partitions, double rate, long seed) {
        public Options {
            if (brokers < 1 || posts < 100 || partitions < 2 || rate < 0) {
                throw new IllegalArgumentException("brokers >= 1, posts >= 100, partitions >= 2, rate >= 0");
            }
        }
    }

    private enum Step { KILL_BROKER, RESTART_BROKER, KILL_PROCESSOR, RESTART_INDEXER, FINISH }

    private final Options options;
    private final PrintStream out;
    private final List<String> faults = new ArrayList<>();
    private long began;

    public FaultDrill(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public DrillResult run() throws Exception {
        Path work = Files.createTempDirectory("bellwether-drill-");
        try {
            return run(work);
        } finally {
            delete(work);
        }
    }

    private DrillResult run(Path work) throws Exception {
        began = System.nanoTime();
        try (InProcessKafkaCluster cluster = InProcessKafkaCluster.temporary(options.brokers()).start();
             Admin admin = cluster.admin()) {
            String bootstrap = cluster.bootstrapServers();
            out.printf("%d brokers up on %s after %.1f s%n", cluster.size(), bootstrap, seconds());
            int replication = Math.min(3, options.brokers());
            new TopicProvisioner(admin, new ProvisioningSettings("", replication, options.partitions(), false))
                    .apply().forEach(outcome -> out.println("  " + outcome.line()));
            Path file = work.resolve("posts.jsonl");
            DrillPosts.Written written = DrillPosts.write(file, options.posts(), options.seed());
            int posts = written.posts();
            // the collector moves the posts' times so that the last was created now: retention (7 and 30 days)
            // counts from them, and the scenario's own dates lie months back
            Duration shift = Duration.between(written.last(), Instant.now());
            out.printf("%,d synthetic posts in %s%n", posts, file);

            List<ProcessorInstance> processors = new ArrayList<>();
            CollectorAndIndexer roles = null;
            try {
                for (int i = 1; i <= 2; i++) {
                    processors.add(ProcessorInstance.start("processor-" + i, bootstrap,
                            work.resolve("processor-" + i), work.resolve("processor-" + i + ".log"), PSEUDONYM_KEY));
                }
                awaitGroup(admin, StreamsProperties.applicationId(""), processors);
                out.printf("2 processor instances share the partitions after %.1f s%n", seconds());
                roles = new CollectorAndIndexer(bootstrap, work.resolve("index"), file, options.rate(), shift);
                return drive(cluster, admin, processors, roles, posts);
            } finally {
                if (roles != null) {
                    roles.close();
                }
                processors.forEach(ProcessorInstance::close);
            }
        }
    }

    /** Runs the stream to its end, injecting the faults on the way; then counts. */
    private DrillResult drive(InProcessKafkaCluster cluster, Admin admin, List<ProcessorInstance> processors,
                              CollectorAndIndexer roles, int posts) throws Exception {
        long streamStart = System.nanoTime();
        roles.startCollector();
        Step next = Step.KILL_BROKER;
        int victim = 0;
        long downSince = 0;
        long lastProgress = System.nanoTime();
        long lastReport = 0;
        long previous = -1;
        long finishedAt = 0;
        while (true) {
            long collected = roles.collected();
            long scored = endOffsets(admin, Topics.POSTS_SCORED.name());
            long indexed = roles.indexed();
            long now = System.nanoTime();
            switch (next) {
                case KILL_BROKER -> {
                    if (collected >= posts / 4) {
                        victim = busiestBroker(admin);
                        cluster.kill(victim);
                        downSince = now;
                        fault("broker " + victim + " killed", collected + " posts collected");
                        next = Step.RESTART_BROKER;
                    }
                }
                case RESTART_BROKER -> {
                    if (now - downSince >= BROKER_DOWN.toNanos()) {
                        cluster.restart(victim);
                        fault("broker " + victim + " back after "
                                + Duration.ofNanos(System.nanoTime() - downSince).toSeconds() + " s",
                                roles.collected() + " posts collected");
                        next = Step.KILL_PROCESSOR;
                    }
                }
                case KILL_PROCESSOR -> {
                    if (scored >= posts / 2) {
                        ProcessorInstance killed = processors.get(processors.size() - 1);
                        killed.kill();
                        fault(killed.name() + " killed (SIGKILL)", "~" + scored + " posts scored");
                        next = Step.RESTART_INDEXER;
                    }
                }
                case RESTART_INDEXER -> {
                    if (indexed >= posts * 7L / 10) {
                        roles.restartIndexer();
                        fault("indexer restarted", indexed + " posts indexed");
                        next = Step.FINISH;
                    }
                }
                case FINISH -> {
                }
            }
            if (indexed >= posts && next == Step.FINISH && roles.collectorFinished()) {
                finishedAt = System.nanoTime();
                break;
            }
            if (collected + scored + indexed != previous) {
                previous = collected + scored + indexed;
                lastProgress = now;
            } else if (now - lastProgress > STALL.toNanos()) {
                out.printf("no progress for %d s: counting what is missing as lost%n", STALL.toSeconds());
                finishedAt = lastProgress;
                break;
            }
            roles.collectorFailure().ifPresent(e -> {
                throw new IllegalStateException("the collector failed: " + e.getMessage(), e);
            });
            if (now - lastReport >= REPORT_EVERY.toNanos()) {
                lastReport = now;
                out.printf("%5.0f s: %,d collected, ~%,d scored, %,d indexed%n", seconds(), collected, scored,
                        indexed);
            }
            Thread.sleep(200);
        }
        List<String> open = OpenTransactions.find(admin);
        if (!open.isEmpty()) {
            out.println("transactions still open (read_committed readers stop before them):");
            open.forEach(line -> out.println("  " + line));
        }
        out.printf("%,d dead letters on %s%n", CommittedRecords.keys(cluster.bootstrapServers(),
                Topics.POSTS_DLQ.name()).size(), Topics.POSTS_DLQ.name());
        double elapsed = (finishedAt - streamStart) / 1e9;
        return count(cluster.bootstrapServers(), roles, posts, posts / elapsed);
    }

    private DrillResult count(String bootstrap, CollectorAndIndexer roles, int posts, double perSecond) {
        List<String> scoredKeys = CommittedRecords.keys(bootstrap, Topics.POSTS_SCORED.name());
        long scored = new HashSet<>(scoredKeys).size();
        Topic<String, Alert> alertsTopic = Topics.ALERTS;
        List<Alert> alerts = CommittedRecords.values(bootstrap, alertsTopic.name(),
                alertsTopic.valueSerde().deserializer());
        long distinctAlerts = alerts.stream().map(Alert::alertId).distinct().count();
        long indexed = roles.indexed();
        long duplicates = (scoredKeys.size() - scored) + (alerts.size() - distinctAlerts);
        long lost = Math.max(0, posts - Math.min(scored, indexed));
        return new DrillResult(posts, scored, indexed, duplicates, lost, distinctAlerts, faults, perSecond);
    }

    private void fault(String what, String progress) {
        String line = String.format(java.util.Locale.ROOT, "%s at %.1f s (%s)", what, seconds(), progress);
        faults.add(line);
        out.println("fault: " + line);
    }

    private double seconds() {
        return (System.nanoTime() - began) / 1e9;
    }

    /** Waits until the Streams group has every instance as a member and is stable. */
    private static void awaitGroup(Admin admin, String groupId, List<ProcessorInstance> processors)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            for (ProcessorInstance processor : processors) {
                if (!processor.alive()) {
                    throw new IllegalStateException(processor.name() + " exited; its log ends:\n"
                            + processor.logTail());
                }
            }
            try {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId)).all().get()
                        .get(groupId);
                if (group.members().size() == processors.size() && group.groupState() == GroupState.STABLE) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                    throw e;
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the processor instances did not form a stable group in 3 minutes");
    }

    /** The broker leading the most partitions of the catalogue's topics. */
    private static int busiestBroker(Admin admin) throws Exception {
        List<String> names = Topics.all().stream().map(Topic::name).toList();
        Map<Integer, Integer> leaders = new HashMap<>();
        for (TopicDescription topic : admin.describeTopics(names).allTopicNames().get().values()) {
            topic.partitions().stream().filter(p -> p.leader() != null)
                    .forEach(p -> leaders.merge(p.leader().id(), 1, Integer::sum));
        }
        return leaders.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The sum of a topic's end offsets: its records, and its transaction markers, so an upper bound. */
    private static long endOffsets(Admin admin, String topic) {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(info -> info.offset()).sum();
        } catch (Exception e) {
            return 0; // a broker is down and the leader not yet moved: progress is read again in a moment
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
