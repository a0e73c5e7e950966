package org.bellwether.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.bellwether.embedded.InProcessKafka;
import org.bellwether.model.Alert;
import org.bellwether.model.CityMap;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Topics;
import org.bellwether.processor.Pipeline;
import org.bellwether.processor.ProcessorService;
import org.bellwether.processor.ProcessorSettings;
import org.bellwether.processor.StreamsProperties;
import org.bellwether.search.IndexerService;
import org.bellwether.search.LuceneSearchIndex;
import org.bellwether.search.SearchSettings;
import org.bellwether.tools.cli.Progress;

/**
 * The whole pipeline on the in-process broker, measured three ways in one run:
 * <ol>
 *   <li><b>pass-through</b>: a topology with the same exactly-once settings that only reads and re-writes each
 *       post, as the ceiling of this machine and broker;</li>
 *   <li><b>throughput</b>: {@code posts} posts sent as fast as the producer goes through the full topology and the
 *       search indexer; the clock stops when the last post is searchable;</li>
 *   <li><b>latency</b>: posts sent at a steady rate with their creation time set at sending, on a fresh pipeline;
 *       ingest-to-alert is the time from the post that tipped a narrative over a rule (the alert's event time) to
 *       the alert being readable (read_committed); ingest-to-scored the same for every post.</li>
 * </ol>
 */
public final class PipelineBenchmark {
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(20);

    /**
     * @param posts        posts in the throughput phases
     * @param latencyPosts posts in the latency phase
     * @param rate         posts per second in the latency phase
     * @param partitions   partitions per topic
     * @param threads      stream threads per topology
     * @param ner          CoreNLP NER on harm candidates, as in production
     * @param commitMs     Streams commit interval (each commit is a transaction), milliseconds
     * @param narratives   live narratives created before the full pipeline's clock starts (one seed post each)
     */
    public record Options(int posts, int latencyPosts, int rate, int partitions, int threads, boolean ner,
                          int commitMs, int narratives) {
    }

    /**
     * @param posts                 posts in the throughput phase
     * @param postsPerSecond        full pipeline, posts per second until searchable
     * @param passthroughPerSecond  pass-through topology, posts per second
     * @param alertLatency          ingest-to-alert, milliseconds
     * @param scoredLatency         ingest-to-scored, milliseconds
     */
    public record Result(int posts, double postsPerSecond, double passthroughPerSecond, Histogram alertLatency,
                         Histogram scoredLatency) {
        public double ratio() {
            return postsPerSecond / passthroughPerSecond;
        }

        /** The contract's last line; latencies are null when no alert fired. */
        public String json() {
            boolean alerted = alertLatency.getTotalCount() > 0;
            return String.format(java.util.Locale.ROOT,
                    "{\"posts\":%d,\"posts_per_s\":%.1f,\"passthrough_posts_per_s\":%.1f,\"ratio\":%.3f,"
                            + "\"p50_ms\":%s,\"p99_ms\":%s}",
                    posts, postsPerSecond, passthroughPerSecond, ratio(),
                    alerted ? String.valueOf(alertLatency.getValueAtPercentile(50)) : "null",
                    alerted ? String.valueOf(alertLatency.getValueAtPercentile(99)) : "null");
        }
    }

    private final Options options;
    private final PrintStream out;

    public PipelineBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Result run() throws Exception {
        Path work = Files.createTempDirectory("bellwether-bench-");
        BenchPosts posts = BenchPosts.atLeast(Math.max(options.posts(), options.latencyPosts()));
        try (InProcessKafka kafka = InProcessKafka.temporary().start()) {
            out.printf("broker up at %s; %d posts, %d partitions, %d stream thread(s), commit every %d ms, NER %s%n",
                    kafka.bootstrapServers(), options.posts(), options.partitions(), options.threads(),
                    options.commitMs(), options.ner() ? "on for candidates" : "off");
            double passthrough = passthrough(kafka, posts, work);
            out.printf("pass-through: %.0f posts/s%n", passthrough);
            double full = fullPipeline(kafka, posts, work);
            out.printf("full pipeline to searchable: %.0f posts/s (%.2f of pass-through)%n", full, full / passthrough);
            Histogram[] latency = latency(kafka, posts, work);
            out.printf("at %d posts/s: ingest-to-alert p50 %d ms, p99 %d ms over %d alerts; "
                            + "ingest-to-scored p50 %d ms, p99 %d ms over %d posts%n", options.rate(),
                    latency[0].getValueAtPercentile(50), latency[0].getValueAtPercentile(99),
                    latency[0].getTotalCount(), latency[1].getValueAtPercentile(50),
                    latency[1].getValueAtPercentile(99), latency[1].getTotalCount());
            return new Result(options.posts(), full, passthrough, latency[0], latency[1]);
        } finally {
            deleteTree(work);
        }
    }

    private double passthrough(InProcessKafka kafka, BenchPosts posts, Path work) throws Exception {
        String in = "passthrough.in";
        String outTopic = "passthrough.out";
        kafka.createTopics(Map.of(in, false, outTopic, false), options.partitions());
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(in, Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .mapValues(bytes -> Json.write(Json.read(bytes, RawPost.class)))
                .to(outTopic, Produced.with(Serdes.String(), Serdes.ByteArray()));
        ProcessorService app = new ProcessorService(builder.build(),
                streamsProperties("bench-passthrough", kafka, work.resolve("passthrough")));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong written = new AtomicLong();
        Thread counter = reader(kafka, outTopic, stop, record -> written.incrementAndGet());
        counter.start();
        try {
            return timed(app, written::get, kafka, in, posts, "pt");
        } finally {
            stop.set(true);
            counter.join();
        }
    }

    private double fullPipeline(InProcessKafka kafka, BenchPosts posts, Path work) throws Exception {
        kafka.createTopics(Topics.namesWithCompaction(""), options.partitions());
        ProcessorService processor = new ProcessorService(
                org.bellwether.processor.BellwetherTopology.buildTopology(pipeline("")),
                streamsProperties("bench-full", kafka, work.resolve("full-streams")));
        try (LuceneSearchIndex index = LuceneSearchIndex.open(SearchSettings.at(work.resolve("index"), ""));
             IndexerService indexer = new IndexerService(index, Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                     kafka.bootstrapServers()), "")) {
            indexer.start();
            // searchable as an api node sees it: through the index's own refresh (at most a second), not a forced one
            processor.start();
            awaitRunning(processor);
            long seeded = seed(kafka, posts, () -> index.stats().posts());
            double rate = timed(processor, () -> index.stats().posts() - seeded, kafka, Topics.POSTS_RAW.name(),
                    posts, "full");
            printTopicVolumes(kafka);
            return rate;
        }
    }

    /**
     * Sends {@code narratives} seed posts, each starting a narrative of its own, and waits until they are searchable;
     * returns how many posts the index holds then.
     */
    private long seed(InProcessKafka kafka, BenchPosts posts, LongSupplier searchable) throws Exception {
        if (options.narratives() == 0) {
            return 0;
        }
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer(kafka, 20)) {
            Instant now = Instant.now();
            for (int i = 0; i < options.narratives(); i++) {
                RawPost post = posts.seed(i, now);
                producer.send(new ProducerRecord<>(Topics.POSTS_RAW.name(), post.key(), Json.write(post)));
            }
        }
        try (Progress progress = Progress.following("seed", options.narratives(), searchable)) {
            awaitDone(() -> searchable.getAsLong() >= options.narratives());
        }
        out.printf("%d narratives seeded in %.1f s%n", options.narratives(), (System.nanoTime() - start) / 1e9);
        return searchable.getAsLong();
    }

    /**
     * Starts the app (if not started yet), sends every post at once, and returns posts per second from the first send until
     * {@code through} counts them all.
     */
    private double timed(ProcessorService app, LongSupplier through, InProcessKafka kafka, String topic,
                         BenchPosts posts, String run) throws Exception {
        app.start();
        try {
            awaitRunning(app);
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            try (KafkaProducer<String, byte[]> producer = producer(kafka, 20)) {
                Instant now = Instant.now();
                for (int i = 0; i < options.posts(); i++) {
                    RawPost post = posts.post(run, i, now);
                    producer.send(new ProducerRecord<>(topic, post.key(), Json.write(post)));
                }
            }
            try (Progress progress = Progress.following(run, options.posts(), through)) {
                awaitDone(() -> through.getAsLong() >= options.posts());
            }
            // CPU time of the whole JVM (broker, producer and indexer included): unlike the rate, it hardly
            // depends on what else the machine is running
            out.printf(java.util.Locale.ROOT, "%s: %.3f CPU ms per post%n", run,
                    (processCpuNanos() - cpuStart) / 1e6 / options.posts());
            return options.posts() / ((System.nanoTime() - start) / 1e9);
        } finally {
            app.close();
        }
    }

    /** Records and bytes written per post to each topic of the full run, to show where the work goes. */
    private void printTopicVolumes(InProcessKafka kafka) throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = kafka.admin()) {
            var names = admin.listTopics().names().get().stream()
                    .filter(name -> !name.startsWith("passthrough.") && !name.startsWith("latency.")
                            && !name.startsWith("__"))
                    .sorted().toList();
            var partitions = admin.describeTopics(names).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream().map(p ->
                            new org.apache.kafka.common.TopicPartition(topic.name(), p.partition())))
                    .collect(java.util.stream.Collectors.toMap(p -> p,
                            p -> org.apache.kafka.clients.admin.OffsetSpec.latest()));
            Map<String, Long> records = new java.util.TreeMap<>();
            admin.listOffsets(partitions).all().get().forEach((partition, offset) ->
                    records.merge(partition.topic(), offset.offset(), Long::sum));
            Map<String, Long> bytes = new java.util.TreeMap<>();
            admin.describeLogDirs(admin.describeCluster().nodes().get().stream()
                            .map(org.apache.kafka.common.Node::id).toList()).allDescriptions().get().values()
                    .forEach(dirs -> dirs.values().forEach(dir -> dir.replicaInfos().forEach((partition, replica) ->
                            bytes.merge(partition.topic(), replica.size(), Long::sum))));
            out.println("per post by topic: records (offsets, incl. transaction markers) and bytes on disk "
                    + "(compressed batches, before compaction finishes):");
            records.forEach((topic, count) -> out.printf(java.util.Locale.ROOT, "  %-60s %6.2f %8.0f%n", topic,
                    count / (double) options.posts(), bytes.getOrDefault(topic, 0L) / (double) options.posts()));
        }
    }

    private Histogram[] latency(InProcessKafka kafka, BenchPosts posts, Path work) throws Exception {
        String prefix = "latency.";
        kafka.createTopics(Topics.namesWithCompaction(prefix), options.partitions());
        Histogram alerts = new Histogram(3_600_000, 3);
        Histogram scored = new Histogram(3_600_000, 3);
        ProcessorService processor = new ProcessorService(
                org.bellwether.processor.BellwetherTopology.buildTopology(pipeline(prefix)),
                streamsProperties("bench-latency", kafka, work.resolve("latency-streams")));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong seen = new AtomicLong();
        Thread alertReader = reader(kafka, prefix + Topics.ALERTS.name(), stop, record ->
                alerts.recordValue(Math.max(0, System.currentTimeMillis()
                        - Json.read(record.value(), Alert.class).flaggedAt().toEpochMilli())));
        Thread scoredReader = reader(kafka, prefix + Topics.POSTS_SCORED.name(), stop, record -> {
            scored.recordValue(Math.max(0, System.currentTimeMillis()
                    - Json.read(record.value(), ScoredPost.class).createdAt().toEpochMilli()));
            seen.incrementAndGet();
        });
        processor.start();
        try {
            awaitRunning(processor);
            alertReader.start();
            scoredReader.start();
            long intervalNanos = 1_000_000_000L / options.rate();
            long next = System.nanoTime();
            try (KafkaProducer<String, byte[]> producer = producer(kafka, 0)) {
                for (int i = 0; i < options.latencyPosts(); i++) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    next += intervalNanos;
                    RawPost post = posts.post("latency", i, Instant.now());
                    producer.send(new ProducerRecord<>(prefix + Topics.POSTS_RAW.name(), post.key(),
                            Json.write(post)));
                }
            }
            try (Progress progress = Progress.following("latency", options.latencyPosts(), seen::get)) {
                awaitDone(() -> seen.get() >= options.latencyPosts());
            }
        } finally {
            stop.set(true);
            alertReader.join();
            scoredReader.join();
            processor.close();
        }
        return new Histogram[] {alerts, scored};
    }

    private Pipeline pipeline(String prefix) {
        return Pipeline.build(ProcessorSettings.forCity(
                "benchmark-pseudonym-key".getBytes(java.nio.charset.StandardCharsets.UTF_8), CityMap.sample(),
                options.ner()).withTopicPrefix(prefix));
    }

    private Properties streamsProperties(String applicationId, InProcessKafka kafka, Path stateDir) {
        Properties properties = StreamsProperties.build(applicationId, kafka.bootstrapServers(), stateDir,
                Duration.ofMillis(options.commitMs()));
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, String.valueOf(options.threads()));
        return properties;
    }

    private static KafkaProducer<String, byte[]> producer(InProcessKafka kafka, int lingerMs) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static Thread reader(InProcessKafka kafka, String topic, AtomicBoolean stop,
                                 Consumer<ConsumerRecord<String, byte[]>> onRecord) {
        Thread thread = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = consumer(kafka)) {
                List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                while (!stop.get()) {
                    consumer.poll(Duration.ofMillis(20)).forEach(onRecord);
                }
            }
        }, "bench-reader-" + topic);
        thread.setDaemon(true);
        return thread;
    }

    private static KafkaConsumer<String, byte[]> consumer(InProcessKafka kafka) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void awaitRunning(ProcessorService app) throws InterruptedException {
        long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
        while (app.state() != org.apache.kafka.streams.KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topology not running: " + app.state());
            }
            Thread.sleep(50);
        }
    }

    private static void awaitDone(Done done) throws Exception {
        long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
        while (!done.check()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("phase did not finish within " + PHASE_TIMEOUT);
            }
            Thread.sleep(100);
        }
    }

    @FunctionalInterface
    private interface Done {
        boolean check() throws Exception;
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
