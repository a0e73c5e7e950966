package org.bellwether.tools.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Json;
import org.bellwether.model.SavedSearch;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SearchFilters;
import org.bellwether.search.LuceneSearchIndex;
import org.bellwether.search.NarrativeQuery;
import org.bellwether.search.PostQuery;
import org.bellwether.search.SearchSettings;
import org.bellwether.search.monitor.MatchTopology;
import org.bellwether.search.monitor.SavedQueryMonitor;
import org.bellwether.tools.cli.Progress;

/**
 * Search at city scale: builds an on-disk index of {@code posts} synthetic posts (30 days, 2,000 narratives), then,
 * while a second thread keeps ingesting posts at a fixed rate (commit every 5,000, refreshed every second as the
 * indexer does), times each query kind single-threaded and the saved-search monitor's matching rate with
 * {@code savedQueries} registered. Wall-clock figures: on a shared machine they include waiting for a CPU.
 */
public final class ScaleBenchmark {
    /** Posts per second written while queries run. */
    public static final int INGEST_RATE = 500;
    static final String MATCH_ALL = "match_all_facets_30d";

    /** What one run measured. */
    public record Report(int posts, double buildPostsPerSecond, double ingestPostsPerSecond,
                         Map<String, SearchBenchmark.Latency> queries, double monitorPostsPerSecond,
                         int savedQueries, double indexBytesPerPost, long heapMb, long heapMaxMb, double load) {

        /** The highest p99 over the query kinds, match-all excluded (it has its own goal). */
        public double maxP99() {
            return queries.entrySet().stream().filter(e -> !e.getKey().equals(MATCH_ALL))
                    .mapToDouble(e -> e.getValue().p99()).max().orElse(0);
        }

        /** The one-line JSON summary the command prints last. */
        public String json() {
            ObjectNode line = Json.mapper().createObjectNode();
            line.put("posts", posts);
            line.put("ingest_posts_per_s", round(ingestPostsPerSecond));
            line.put("max_p99_ms", round(maxP99()));
            line.put("match_all_p99_ms", round(queries.get(MATCH_ALL).p99()));
            ObjectNode kinds = line.putObject("queries");
            queries.forEach((name, latency) -> kinds.putObject(name).put("p50_ms", round(latency.p50()))
                    .put("p99_ms", round(latency.p99())));
            line.put("monitor_posts_per_s", round(monitorPostsPerSecond));
            line.put("saved_queries", savedQueries);
            line.put("index_bytes_per_post", round(indexBytesPerPost));
            line.put("heap_mb", heapMb);
            line.put("heap_max_mb", heapMaxMb);
            line.put("build_posts_per_s", round(buildPostsPerSecond));
            line.put("load_average", round(load));
            return line.toString();
        }

        private static double round(double value) {
            return Math.round(value * 10) / 10.0;
        }
    }

    private ScaleBenchmark() {
    }

    /**
     * @param posts          posts in the index before measuring
     * @param savedQueries   saved searches registered in the monitor
     * @param queriesPerKind timed queries per kind (after a third as many for warm-up)
     * @param monitorPosts   posts matched against the monitor
     */
    public static Report run(int posts, int savedQueries, int queriesPerKind, int monitorPosts, long seed)
            throws IOException {
        Path directory = Files.createTempDirectory("bellwether-scale-bench-");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(SearchSettings.at(directory, "bench."))) {
            SyntheticCorpus corpus = new SyntheticCorpus(seed);
            long start = System.nanoTime();
            build(index, corpus, posts);
            double buildRate = posts / ((System.nanoTime() - start) / 1e9);
            double bytesPerPost = (double) SearchBenchmark.size(directory) / posts;

            Ingest ingest = new Ingest(index, new SyntheticCorpus(seed + 7), posts);
            Thread writer = new Thread(ingest, "bench-ingest");
            writer.setDaemon(true);
            writer.start();
            try {
                SplittableRandom random = new SplittableRandom(seed + 1);
                Map<String, SearchBenchmark.Latency> queries = new LinkedHashMap<>();
                queryKinds(index, corpus, random).forEach((name, query) -> queries.put(name,
                        SearchBenchmark.measure(i -> (long) query.getAsInt(), Math.max(10, queriesPerKind / 3),
                                queriesPerKind)));
                double monitorRate = monitorRate(savedQueries, monitorPosts, corpus, seed);
                double ingestRate = ingest.rate();
                return new Report(posts, buildRate, ingestRate, queries, monitorRate, savedQueries, bytesPerPost,
                        liveHeapMb(), Runtime.getRuntime().maxMemory() >> 20,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            } finally {
                ingest.stop();
                writer.interrupt();
                try {
                    writer.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            SearchBenchmark.deleteTree(directory);
        }
    }

    private static void build(LuceneSearchIndex index, SyntheticCorpus corpus, int posts) {
        List<ScoredPost> representatives = new ArrayList<>();
        try (Progress progress = Progress.start("index", posts)) {
            for (int i = 0; i < posts; i++) {
                progress.step();
                ScoredPost post = corpus.post(i);
                index.upsertPost(post);
                if (i % 100 == 0 && representatives.size() < 3 * SyntheticCorpus.NARRATIVES) {
                    representatives.add(post);
                }
                if ((i + 1) % 5_000 == 0) {
                    index.commit(Map.of("bench.posts.scored-0", (long) i + 1));
                }
            }
        }
        for (int n = 0; n < SyntheticCorpus.NARRATIVES; n++) {
            int from = (3 * n) % Math.max(1, representatives.size() - 3);
            index.upsertNarrative(corpus.narrative(n, representatives.subList(from,
                    Math.min(representatives.size(), from + 3))));
        }
        index.commit(Map.of("bench.posts.scored-0", (long) posts));
        index.refresh();
    }

    /** The query kinds of the issue, each a fresh random query per call; returns the hit count. */
    static Map<String, IntSupplier> queryKinds(LuceneSearchIndex index, SyntheticCorpus corpus,
                                               SplittableRandom random) {
        Instant start = SyntheticCorpus.START;
        List<String> places = SyntheticCorpus.NEIGHBOURHOODS;
        HarmCategory[] categories = HarmCategory.values();
        Map<String, IntSupplier> kinds = new LinkedHashMap<>();
        kinds.put("term", () -> posts(index, PostQuery.of(pick(random, "shelter", "policía", "migrants", "flüchtlinge",
                "المهاجرين", "mayor", "gare", corpus.word("en"), corpus.word("fr")))));
        kinds.put("phrase", () -> posts(index, PostQuery.of(pick(random, "\"town hall\"", "\"they say\"",
                "\"todos dicen\"", "\"tous disent\"", "\"alle sagen\""))));
        kinds.put("boolean_filters", () -> {
            Instant from = start.plus(Duration.ofDays(random.nextInt(23)));
            return posts(index, new PostQuery("(police OR policía OR polizei) AND NOT fire", null, from,
                    from.plus(Duration.ofDays(7)), null, null, places.get(random.nextInt(6)), null, 0, 20));
        });
        kinds.put("faceted", () -> posts(index, new PostQuery(pick(random, "shelter", "mayor", "school", "market"),
                null, null, null, null, categories[random.nextInt(categories.length)].wireName(), null,
                pick(random, "mastodon", "rss", "bluesky"), 0, 20)));
        kinds.put("histogram", () -> {
            Instant from = start.plus(Duration.ofDays(random.nextInt(23)));
            return posts(index, new PostQuery(pick(random, "flood", "rumour", "water", "vote"), null, from,
                    from.plus(Duration.ofDays(7)), null, null, null, null, 0, 20));
        });
        kinds.put("narrative", () -> random.nextBoolean()
                ? (int) index.searchNarratives(new NarrativeQuery(corpus.word("en"), null, null, false, 0, 20)).total()
                : posts(index, new PostQuery(null, null, null, null, "n-" + random.nextInt(200), null, null, null,
                        0, 20)));
        kinds.put(MATCH_ALL, () -> posts(index, new PostQuery(null, null, start, start.plus(SyntheticCorpus.SPAN),
                null, null, null, null, 0, 20)));
        return kinds;
    }

    private static int posts(LuceneSearchIndex index, PostQuery query) {
        return (int) Math.min(Integer.MAX_VALUE, index.searchPosts(query).total());
    }

    private static String pick(SplittableRandom random, String... values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Posts per second through {@link SavedQueryMonitor#matchAll} with {@code savedQueries} saved searches, in
     * batches of {@link MatchTopology#BATCH_SIZE} as the busy monitor step matches them; the synthetic posts are
     * generated beforehand, so the figure is the monitor's alone.
     */
    static double monitorRate(int savedQueries, int posts, SyntheticCorpus vocabulary, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed + 3);
        try (SavedQueryMonitor monitor = new SavedQueryMonitor()) {
            for (int i = 0; i < savedQueries; i++) {
                monitor.register(savedQuery(i, vocabulary, random));
            }
            SyntheticCorpus stream = new SyntheticCorpus(seed + 11);
            List<ScoredPost> warmUp = new ArrayList<>();
            for (int i = 0; i < Math.max(MatchTopology.BATCH_SIZE, posts / 10); i++) {
                warmUp.add(stream.post(i));
            }
            matchInBatches(monitor, warmUp);
            List<ScoredPost> generated = new ArrayList<>(posts); // generated before the clock starts: not timed
            for (int i = 0; i < posts; i++) {
                generated.add(stream.post(i));
            }
            long start = System.nanoTime();
            long matches = matchInBatches(monitor, generated);
            double seconds = (System.nanoTime() - start) / 1e9;
            return matches >= 0 ? posts / seconds : 0;
        }
    }

    /** Matches the posts in the monitor step's batches; returns how many matches they made. */
    static long matchInBatches(SavedQueryMonitor monitor, List<ScoredPost> posts) {
        long matches = 0;
        for (int from = 0; from < posts.size(); from += MatchTopology.BATCH_SIZE) {
            for (List<String> ids : monitor.matchAll(posts.subList(from,
                    Math.min(posts.size(), from + MatchTopology.BATCH_SIZE)))) {
                matches += ids.size();
            }
        }
        return matches;
    }

    /** Saved searches as analysts write them: words, pairs, phrases, some with a filter. */
    static SavedSearch savedQuery(int i, SyntheticCorpus vocabulary, SplittableRandom random) {
        String lang = pick(random, "en", "en", "en", "es", "fr", "de");
        String query = switch (i % 4) {
            case 0 -> vocabulary.word(lang);
            case 1 -> vocabulary.word(lang) + " " + vocabulary.word(lang);
            case 2 -> "\"" + vocabulary.word(lang) + " " + vocabulary.word(lang) + "\"";
            default -> vocabulary.word(lang) + " OR " + vocabulary.word(lang) + " -" + vocabulary.word(lang);
        };
        SearchFilters filters = i % 3 == 0 ? new SearchFilters(null, null,
                SyntheticCorpus.NEIGHBOURHOODS.get(random.nextInt(8)), null, null) : SearchFilters.NONE;
        return new SavedSearch(1, "saved-" + i, query, filters, "bench");
    }

    /** Heap in use after a full collection, MB: what the index and monitor keep. */
    private static long liveHeapMb() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used >> 20;
    }

    /** Writes posts at {@link #INGEST_RATE} per second until stopped. */
    private static final class Ingest implements Runnable {
        private final LuceneSearchIndex index;
        private final SyntheticCorpus corpus;
        private final int firstId;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong written = new AtomicLong();
        private final long started = System.nanoTime();

        Ingest(LuceneSearchIndex index, SyntheticCorpus corpus, int firstId) {
            this.index = index;
            this.corpus = corpus;
            this.firstId = firstId;
        }

        @Override
        public void run() {
            long interval = 1_000_000_000L / INGEST_RATE;
            long next = System.nanoTime();
            while (running.get()) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                    continue;
                }
                long n = written.incrementAndGet();
                index.upsertPost(corpus.post(firstId + (int) n)); // ids after the built ones: new posts
                if (n % 5_000 == 0) {
                    index.commit(Map.of("bench.posts.scored-0", firstId + n));
                }
                next += interval;
            }
        }

        double rate() {
            return written.get() / ((System.nanoTime() - started) / 1e9);
        }

        void stop() {
            running.set(false);
        }
    }

    /** A human-readable summary, printed before the JSON line. */
    static String markdown(Report report) {
        StringBuilder out = new StringBuilder(String.format("Built %,d posts at %,.0f posts/s; then, ingesting "
                + "%,.0f posts/s:%n%n| query | p50 ms | p99 ms | mean hits |%n|---|---:|---:|---:|%n",
                report.posts(), report.buildPostsPerSecond(), report.ingestPostsPerSecond()));
        report.queries().forEach((name, l) -> out.append(String.format("| %s | %.1f | %.1f | %,.0f |%n", name,
                l.p50(), l.p99(), l.meanHits())));
        out.append(String.format("%nmonitor: %,.0f posts/s with %,d saved queries; index %.0f bytes/post; live heap "
                + "%,d MB of %,d MB max; load average %.1f; %s%n", report.monitorPostsPerSecond(),
                report.savedQueries(), report.indexBytesPerPost(), report.heapMb(), report.heapMaxMb(), report.load(),
                "JVM " + Runtime.version()));
        return out.toString();
    }
}
