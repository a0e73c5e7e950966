package org.bellwether.tools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.bellwether.model.ScoredPost;
import org.bellwether.search.monitor.SavedQueryMonitor;

/**
 * The saved-search monitor alone, on one thread: registers the bench's saved queries, generates the posts before
 * the clock starts (so the synthetic generator's cost is left out), then matches them one by one and in batches,
 * printing posts per second of wall-clock and of thread CPU time. Run from the worktree root after a compile:
 * {@code java -cp "tools/target/test-classes:tools/target/classes:<classpath>" \
 * org.bellwether.tools.bench.MonitorCost [savedQueries] [posts] [warm-up]}.
 */
public final class MonitorCost {
    private MonitorCost() {
    }

    public static void main(String[] args) throws Exception {
        int savedQueries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        long seed = 42;
        SyntheticCorpus vocabulary = new SyntheticCorpus(seed);
        SplittableRandom random = new SplittableRandom(seed + 3);
        SyntheticCorpus stream = new SyntheticCorpus(seed + 11);
        List<ScoredPost> generated = new ArrayList<>(warmUp + posts);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long generateCpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < warmUp + posts; i++) {
            generated.add(stream.post(i));
        }
        generateCpu = threads.getCurrentThreadCpuTime() - generateCpu;
        try (SavedQueryMonitor monitor = new SavedQueryMonitor()) {
            for (int i = 0; i < savedQueries; i++) {
                monitor.register(ScaleBenchmark.savedQuery(i, vocabulary, random));
            }
            long matches = 0;
            for (int i = 0; i < warmUp; i++) {
                matches += monitor.match(generated.get(i)).size();
            }
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = warmUp; i < warmUp + posts; i++) {
                matches += monitor.match(generated.get(i)).size();
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            System.out.printf(Locale.ROOT, "generator: %,.0f posts/s of CPU%n",
                    (warmUp + posts) / (generateCpu / 1e9));
            System.out.printf(Locale.ROOT, "monitor, %,d saved queries, %,d posts: %,.0f posts/s wall, %,.0f posts/s "
                    + "of CPU, %,d matches%n", savedQueries, posts, posts / wallSeconds, posts / cpuSeconds, matches);
        }
    }
}
