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
 * printing posts per second of wall-clock and of thread CPU time for each batch size (1 is one by one, through
 * {@link SavedQueryMonitor#match}; more through {@link SavedQueryMonitor#matchAll}). Run from the worktree root after
 * a compile: {@code java -cp "tools/target/test-classes:tools/target/classes:<classpath>" \
 * org.bellwether.tools.bench.MonitorCost [savedQueries] [posts] [warm-up] [batch sizes, e.g. 1,16,512] [rounds]}.
 * Every batch size is warmed up first, then measured once per round, the sizes taking turns, so JIT compilation and
 * the machine's load weigh on each alike.
 */
public final class MonitorCost {
    private MonitorCost() {
    }

    public static void main(String[] args) throws Exception {
        int savedQueries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int[] batches = args.length > 3 ? java.util.Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt)
                .toArray() : new int[] {1, 512};
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
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
            System.out.printf(Locale.ROOT, "generator: %,.0f posts/s of CPU%n",
                    (warmUp + posts) / (generateCpu / 1e9));
            List<ScoredPost> warm = generated.subList(0, warmUp);
            List<ScoredPost> measured = generated.subList(warmUp, warmUp + posts);
            for (int batch : batches) {
                run(monitor, warm, batch);
            }
            for (int round = 1; round <= rounds; round++) {
                for (int batch : batches) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    long matches = run(monitor, measured, batch);
                    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                    double wallSeconds = (System.nanoTime() - wall) / 1e9;
                    String mode = batch == 1 ? "one by one" : "batches of " + batch;
                    System.out.printf(Locale.ROOT, "round %d, monitor, %,d saved queries, %,d posts, %s: "
                            + "%,.0f posts/s wall, %,.0f posts/s of CPU, %,d matches%n", round, savedQueries, posts,
                            mode, posts / wallSeconds, posts / cpuSeconds, matches);
                }
            }
        }
    }

    /** Matches {@code posts} one by one ({@code batch} 1) or in batches; returns the number of matches. */
    private static long run(SavedQueryMonitor monitor, List<ScoredPost> posts, int batch) {
        long matches = 0;
        if (batch == 1) {
            for (ScoredPost post : posts) {
                matches += monitor.match(post).size();
            }
            return matches;
        }
        for (int from = 0; from < posts.size(); from += batch) {
            for (List<String> ids : monitor.matchAll(posts.subList(from, Math.min(posts.size(), from + batch)))) {
                matches += ids.size();
            }
        }
        return matches;
    }
}
