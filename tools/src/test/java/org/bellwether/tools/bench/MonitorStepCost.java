package org.bellwether.tools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.bellwether.model.SavedSearch;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SearchMatch;
import org.bellwether.model.Topic;
import org.bellwether.model.Topics;
import org.bellwether.search.monitor.MatchTopology;
import org.bellwether.search.monitor.SavedQueryMonitor;

/**
 * The whole monitor step on one thread, in Kafka Streams' test driver: the bench's saved queries through
 * {@code saved-searches}, then posts through {@code posts.scored} (deserialised, buffered in the changelogged
 * {@code post-batch} store, matched in batches, matches serialised), printing posts per second of thread CPU time
 * next to {@link SavedQueryMonitor#matchAll} alone on the same posts, in alternating rounds. What the step adds to
 * matching is the difference. Run like {@link MonitorCost}:
 * {@code org.bellwether.tools.bench.MonitorStepCost [savedQueries] [posts] [warm-up] [rounds]}.
 */
public final class MonitorStepCost {
    private MonitorStepCost() {
    }

    public static void main(String[] args) throws Exception {
        int savedQueries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long seed = 42;
        SyntheticCorpus vocabulary = new SyntheticCorpus(seed);
        SplittableRandom random = new SplittableRandom(seed + 3);
        SyntheticCorpus stream = new SyntheticCorpus(seed + 11);
        List<ScoredPost> generated = new ArrayList<>(warmUp + posts);
        for (int i = 0; i < warmUp + posts; i++) {
            generated.add(stream.post(i));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path state = Files.createTempDirectory("monitor-step-cost");
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "monitor-step-cost");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        properties.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        try (SavedQueryMonitor monitor = new SavedQueryMonitor();
             TopologyTestDriver driver = new TopologyTestDriver(MatchTopology.buildTopology("", monitor),
                     properties)) {
            Topic<String, SavedSearch> saved = Topics.SAVED_SEARCHES;
            TestInputTopic<String, SavedSearch> savedIn = driver.createInputTopic(saved.name(),
                    saved.keySerde().serializer(), saved.valueSerde().serializer());
            for (int i = 0; i < savedQueries; i++) {
                SavedSearch search = ScaleBenchmark.savedQuery(i, vocabulary, random);
                savedIn.pipeInput(search.savedSearchId(), search);
            }
            Topic<String, ScoredPost> scored = Topics.POSTS_SCORED;
            TestInputTopic<String, ScoredPost> postsIn = driver.createInputTopic(scored.name(),
                    scored.keySerde().serializer(), scored.valueSerde().serializer());
            Topic<String, SearchMatch> matched = Topics.SEARCH_MATCHES;
            TestOutputTopic<String, SearchMatch> matchesOut = driver.createOutputTopic(matched.name(),
                    matched.keySerde().deserializer(), matched.valueSerde().deserializer());
            List<ScoredPost> warm = generated.subList(0, warmUp);
            List<ScoredPost> measured = generated.subList(warmUp, warmUp + posts);
            through(driver, postsIn, warm);
            matchesOut.readRecordsToList();
            ScaleBenchmark.matchInBatches(monitor, warm);
            for (int round = 1; round <= rounds; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                through(driver, postsIn, measured);
                double stepSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                long stepMatches = matchesOut.getQueueSize();
                matchesOut.readRecordsToList();
                cpu = threads.getCurrentThreadCpuTime();
                long matches = ScaleBenchmark.matchInBatches(monitor, measured);
                double aloneSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                System.out.printf(Locale.ROOT, "round %d, %,d saved queries, %,d posts: the step %,.0f posts/s of CPU "
                        + "(%,d matches), matchAll alone %,.0f posts/s of CPU (%,d matches)%n", round,
                        savedQueries, posts, posts / stepSeconds, stepMatches, posts / aloneSeconds, matches);
            }
        }
    }

    /** Pipes the posts through the step; the last partial batch is flushed as the wall-clock flush would. */
    private static void through(TopologyTestDriver driver, TestInputTopic<String, ScoredPost> in,
                                List<ScoredPost> posts) {
        for (ScoredPost post : posts) {
            in.pipeInput(post.postId(), post);
        }
        driver.advanceWallClockTime(java.time.Duration.ofMillis(100));
    }
}
