package org.bellwether.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.bellwether.model.ScoredPost;
import org.bellwether.search.LuceneSearchIndex;
import org.bellwether.search.NarrativeQuery;
import org.bellwether.search.PostQuery;
import org.bellwether.search.SearchSettings;
import org.bellwether.tools.cli.Progress;

/**
 * Indexing rate and single-thread query latency of {@link LuceneSearchIndex} on a {@link SyntheticCorpus}, in a
 * temporary on-disk index. Run it as described in {@code search/README.md}; options: {@code --posts N}
 * (default 200000), {@code --queries N} per kind (default 300), {@code --seed N}.
 */
public final class SearchBenchmark {

    /** What one run measured. */
    public record Report(int posts, double indexSeconds, double indexCpuSeconds, long indexBytes,
                         Map<String, Latency> latencies, double loadBefore, double loadAfter) {
        public double postsPerSecond() {
            return posts / indexSeconds;
        }

        public double postsPerCpuSecond() {
            return posts / indexCpuSeconds;
        }
    }

    /**
     * Latencies of one query kind, in milliseconds: wall clock, and CPU time of the searching thread (what the
     * query costs when it does not wait for a shared CPU).
     */
    public record Latency(double p50, double p99, double mean, double cpuP50, double cpuP99, double meanHits) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SearchBenchmark() {
    }

    public static Report run(int posts, int queriesPerKind, long seed) throws IOException {
        Path directory = Files.createTempDirectory("bellwether-search-bench-");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(SearchSettings.at(directory, "bench."))) {
            SyntheticCorpus corpus = new SyntheticCorpus(seed);
            List<ScoredPost> representatives = new ArrayList<>();
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            Progress progress = Progress.start("index", posts);
            for (int i = 0; i < posts; i++) {
                progress.step();
                ScoredPost post = corpus.post(i);
                index.upsertPost(post);
                if (i % 100 == 0 && representatives.size() < 3 * SyntheticCorpus.NARRATIVES) {
                    representatives.add(post);
                }
                if ((i + 1) % 5_000 == 0) {
                    index.commit(Map.of("bench.posts.scored-0", (long) i + 1)); // as the indexer does
                }
            }
            index.commit(Map.of("bench.posts.scored-0", (long) posts));
            progress.close();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            for (int n = 0; n < SyntheticCorpus.NARRATIVES; n++) {
                int from = (3 * n) % Math.max(1, representatives.size() - 3);
                index.upsertNarrative(corpus.narrative(n, representatives.subList(from, from + 3)));
            }
            index.commit();
            index.refresh();
            long bytes = size(directory);

            Map<String, IntFunction<Long>> kinds = queryKinds(index, corpus, new SplittableRandom(seed + 1));
            Map<String, Latency> latencies = new LinkedHashMap<>();
            kinds.forEach((name, query) -> latencies.put(name, measure(query, Math.max(50, queriesPerKind / 3),
                    queriesPerKind)));
            return new Report(posts, seconds, cpuSeconds, bytes, latencies, loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            deleteTree(directory);
        }
    }

    private static Map<String, IntFunction<Long>> queryKinds(LuceneSearchIndex index, SyntheticCorpus corpus,
                                                            SplittableRandom random) {
        Instant start = SyntheticCorpus.START;
        Map<String, IntFunction<Long>> kinds = new LinkedHashMap<>();
        kinds.put("one term (`shelter`, `policía`…)", i -> posts(index, pick(random, "shelter", "policía", "migrants",
                "flüchtlinge", "المهاجرين", "mayor", "gare") + " " + ""));
        kinds.put("two terms, AND", i -> posts(index, corpus.word("en") + " " + pick(random, "police", "mayor", "school")));
        kinds.put("phrase (`\"town hall\"`)", i -> posts(index, "\"town hall\""));
        kinds.put("prefix (`shel*`) + lang filter", i -> posts(index, new PostQuery("shel*", "en", null, null, null,
                null, null, null, 0, 20)));
        kinds.put("term + 3-day window + neighbourhood", i -> {
            Instant from = start.plus(Duration.ofDays(random.nextInt(27)));
            return posts(index, new PostQuery("police OR policía", null, from, from.plus(Duration.ofDays(3)), null,
                    null, "East Side", null, 0, 20));
        });
        kinds.put("narrative filter (merged-aware)", i -> posts(index, new PostQuery(null, null, null, null,
                "n-" + random.nextInt(50), null, null, null, 0, 20)));
        kinds.put("everything: facets + histogram over all posts", i -> posts(index, PostQuery.of(null)));
        kinds.put("narrative search", i -> index.searchNarratives(new NarrativeQuery(corpus.word("en"), null, null,
                false, 0, 20)).total());
        return kinds;
    }

    private static long posts(LuceneSearchIndex index, String q) {
        return posts(index, PostQuery.of(q));
    }

    private static long posts(LuceneSearchIndex index, PostQuery query) {
        return index.searchPosts(query).total();
    }

    private static String pick(SplittableRandom random, String... words) {
        return words[random.nextInt(words.length)];
    }

    static Latency measure(IntFunction<Long> query, int warmup, int measured) {
        for (int i = 0; i < warmup; i++) {
            query.apply(i);
        }
        long[] nanos = new long[measured];
        long[] cpu = new long[measured];
        long hits = 0;
        for (int i = 0; i < measured; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            hits += query.apply(i);
            nanos[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        return new Latency(percentile(nanos, 0.50), percentile(nanos, 0.99), mean, percentile(cpu, 0.50),
                percentile(cpu, 0.99), (double) hits / measured);
    }

    private static double percentile(long[] sortedNanos, double p) {
        return sortedNanos[(int) Math.ceil(p * (sortedNanos.length - 1))] / 1e6;
    }

    static String markdown(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Indexed %,d posts in %.1f s wall: %,.0f posts/s; %,.0f posts per CPU-second of the "
                + "writer thread (one writer thread, commit every 5,000; on-disk index %,.1f MB incl. 2,000 "
                + "narratives)%n%n", report.posts(), report.indexSeconds(), report.postsPerSecond(),
                report.postsPerCpuSecond(), report.indexBytes() / 1e6));
        out.append("| query (20 hits, snippets, facets, histogram) | p50 ms | p99 ms | mean ms | CPU p50 ms "
                + "| CPU p99 ms | mean hits |\n|---|---:|---:|---:|---:|---:|---:|\n");
        report.latencies().forEach((name, l) -> out.append(String.format(
                "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %,.0f |%n",
                name, l.p50(), l.p99(), l.mean(), l.cpuP50(), l.cpuP99(), l.meanHits())));
        out.append(String.format("%nJVM %s, %d CPUs available, max heap %,d MB, load average %.1f before and %.1f "
                + "after the run%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, report.loadBefore(), report.loadAfter()));
        return out.toString();
    }

    static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> {
                try {
                    return Files.size(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
