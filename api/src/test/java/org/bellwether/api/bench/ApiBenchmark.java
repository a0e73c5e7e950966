package org.bellwether.api.bench;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.bellwether.api.BellwetherApplication;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.SearchBackend;
import org.bellwether.api.support.Narratives;
import org.bellwether.embedded.EmbeddedPostgresServer;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.search.LuceneSearchIndex;
import org.bellwether.search.SearchSettings;
import org.jdbi.v3.core.Jdbi;

/**
 * Load benchmark of the running api on loopback: authenticated narrative-list reads (bearer token, audited,
 * served from a real Lucene index holding 500 narratives) and assignment state changes (offer → accept → start →
 * respond → close, each with If-Match, each audited, the response queued in the outbox). Closed loop: each
 * client thread waits for its answer before the next request, so latency includes queueing at the server.
 *
 * <pre>./mvnw -B -ntp -q -pl api -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.bellwether.api.bench.ApiBenchmark -Dexec.args="--threads 16 --seconds 20"</pre>
 *
 * Starts its own embedded PostgreSQL and the application (dev mode, production argon2id cost, Kafka off, no
 * request log) on 127.0.0.1; stops by itself.
 */
public final class ApiBenchmark {
    private final int threads;
    private final Duration warmup;
    private final Duration measure;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    private final String only;
    private final boolean asyncCommit;

    private ApiBenchmark(int threads, Duration warmup, Duration measure, String only, boolean asyncCommit) {
        this.only = only;
        this.asyncCommit = asyncCommit;
        this.threads = threads;
        this.warmup = warmup;
        this.measure = measure;
    }

    public static void main(String[] args) throws Exception {
        int threads = 16;
        int seconds = 20;
        String only = "all";
        boolean asyncCommit = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--only" -> only = args[i + 1];
                case "--synchronous-commit" -> asyncCommit = args[i + 1].equals("off");
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new ApiBenchmark(threads, Duration.ofSeconds(Math.max(5, seconds / 2)), Duration.ofSeconds(seconds), only, asyncCommit).run();
        System.exit(0);
    }

    private void run() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.temporary().start();
             LuceneSearchIndex index = LuceneSearchIndex.open(SearchSettings.inMemory())) {
            String url = postgres.createDatabase("bench");
            postmasterPid = Long.parseLong(java.nio.file.Files.readAllLines(postgres.dataDir().resolve("postmaster.pid"))
                    .get(0).trim());
            if (System.getProperty("bench.slowMs") != null) {
                Jdbi.create(url, "postgres", "").useHandle(h -> h.execute(
                        "ALTER DATABASE bench SET log_min_duration_statement = " + Integer.getInteger("bench.slowMs")));
            }
            if (asyncCommit) {
                // trades the last fraction of a second of commits on a crash for not waiting on the disk
                Jdbi.create(url, "postgres", "").useHandle(h -> h.execute(
                        "ALTER DATABASE bench SET synchronous_commit = off"));
            }
            for (int i = 0; i < 500; i++) {
                Narrative narrative = Narratives.simple("bench-" + i, "Narrative " + i + " about the bridge",
                        (i % 100) / 100.0, i % 3 == 0);
                index.upsertNarrative(narrative);
            }
            index.commit();
            index.refresh();
            DropwizardTestSupport<BellwetherConfiguration> app = start(url, index);
            try {
                base = "http://127.0.0.1:" + app.getLocalPort();
                String officer = login("officer");
                Jdbi jdbi = Jdbi.create(url, "postgres", "");
                Result reads = only.equals("writes") ? null : drive("narrative-list reads", () -> {
                    int status = send(officer, "GET", "/api/narratives?pageSize=20", null, null).statusCode();
                    check(status == 200, "read answered " + status);
                    return 1;
                });
                List<String[]> messengers = prepareMessengers(jdbi, login("admin"), threads);
                ConcurrentLinkedQueue<String> narratives = prepareCases(jdbi, 200_000);
                java.util.concurrent.ConcurrentLinkedQueue<String[]> pool = new ConcurrentLinkedQueue<>(messengers);
                ThreadLocal<String[]> mine = ThreadLocal.withInitial(pool::poll);
                Result writes = only.equals("reads") ? null : drive("assignment state changes", () -> {
                    String[] self = mine.get();
                    return cycle(officer, self[1], self[0], narratives);
                });
                System.out.println();
                System.out.println("| workload | threads | ops/s | p50 ms | p90 ms | p99 ms | max ms | cpu ms/op "
                        + "| of which postgres | ops/s per 2 cores of cpu | load avg |");
                System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
                for (Result result : new Result[] {reads, writes}) {
                    if (result != null) {
                        System.out.println(result.row(threads));
                    }
                }
            } finally {
                app.after();
            }
        }
    }

    private DropwizardTestSupport<BellwetherConfiguration> start(String url, LuceneSearchIndex index) throws Exception {
        DropwizardTestSupport<BellwetherConfiguration> app = new DropwizardTestSupport<>(BellwetherApplication.class,
                Path.of("api", "src", "test", "resources", "test-config.yml").toAbsolutePath().toString(),
                ConfigOverride.config("database.url", url),
                ConfigOverride.config("database.user", "postgres"),
                ConfigOverride.config("database.maxSize", "32"),
                ConfigOverride.config("kafka.enabled", "false"),
                ConfigOverride.config("retention.enabled", "false"),
                ConfigOverride.config("contactKeys.keys.test1", ContactCipher.newKey()),
                ConfigOverride.config("auth.argon2MemoryKiB", "19456"),
                ConfigOverride.config("auth.argon2Iterations", "2")) {
            @Override
            public Application<BellwetherConfiguration> newApplication() {
                return new BellwetherApplication() {
                    @Override
                    protected SearchBackend buildSearch(BellwetherConfiguration config, Environment environment) {
                        return new SearchBackend(index, () -> null, index::expireTextBefore, List.of());
                    }
                };
            }
        };
        app.before();
        return app;
    }

    /**
     * One messenger per client thread (a messenger account linked to a profile with room for every offer), so
     * offers spread over messengers as they do in a city; returns {messengerId, token} pairs.
     */
    private List<String[]> prepareMessengers(Jdbi jdbi, String admin, int count) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = "bench-messenger-" + i;
            HttpResponse<String> created = send(admin, "POST", "/api/users", null, "{\"username\":\"" + user
                    + "\",\"displayName\":\"Bench " + i + "\",\"role\":\"messenger\",\"password\":\"bench-password-" + i
                    + "\"}");
            check(created.statusCode() == 201, "user answered " + created.statusCode() + " " + created.body());
            HttpResponse<String> profile = send(admin, "POST", "/api/messengers", null, "{\"displayName\":\"Bench "
                    + i + "\",\"pseudonym\":\"bench-" + i + "\",\"email\":\"bench" + i + "@messengers.invalid\","
                    + "\"profile\":{\"languages\":[{\"lang\":\"en\",\"proficiency\":\"native\"}]},"
                    + "\"capacity\":50,\"consent\":true,\"username\":\"" + user + "\"}");
            check(profile.statusCode() == 201, "messenger answered " + profile.statusCode() + " " + profile.body());
            String id = Json.read(profile.body(), Map.class).get("id").toString();
            HttpResponse<String> login = send(null, "POST", "/api/auth/login", null,
                    "{\"username\":\"" + user + "\",\"password\":\"bench-password-" + i + "\"}");
            out.add(new String[] {id, Json.read(login.body(), Map.class).get("token").toString()});
        }
        return out;
    }

    /** Flagged narratives with acknowledged cases, ready to be offered (one per cycle). */
    private static ConcurrentLinkedQueue<String> prepareCases(Jdbi jdbi, int count) {
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        jdbi.useHandle(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO triage_cases (id, narrative_id, label, severity, priority, state, first_flagged_at,
                                              last_flagged_at, target_at)
                    VALUES (:id, :n, :n, 'high', 0.5, 'acknowledged', now(), now(), now() + interval '4 hours')
                    """);
            for (int i = 0; i < count; i++) {
                String id = "cycle-" + i;
                batch.bind("id", UUID.randomUUID()).bind("n", id).add();
                ids.add(id);
            }
            batch.execute();
        });
        return ids;
    }

    /** One assignment through its life: five state changes. */
    private int cycle(String officer, String messenger, String messengerId, ConcurrentLinkedQueue<String> narratives)
            throws Exception {
        String narrative = narratives.poll();
        check(narrative != null, "out of prepared cases: lower --seconds");
        HttpResponse<String> offered = send(officer, "POST", "/api/assignments", null,
                "{\"narrativeId\":\"" + narrative + "\",\"messengerId\":\"" + messengerId + "\"}");
        check(offered.statusCode() == 201, "offer answered " + offered.statusCode() + " " + offered.body());
        String id = Json.read(offered.body(), Map.class).get("id").toString();
        String etag = offered.headers().firstValue("ETag").orElseThrow();
        String[][] steps = {{messenger, "accept", null}, {messenger, "start", null},
                {messenger, "respond", "{\"channel\":\"radio\",\"description\":\"On air\",\"estimatedReach\":100}"},
                {officer, "close", null}};
        for (String[] step : steps) {
            HttpResponse<String> moved = send(step[0], "POST", "/api/assignments/" + id + "/" + step[1], etag, step[2]);
            check(moved.statusCode() == 200, step[1] + " answered " + moved.statusCode() + " " + moved.body());
            etag = moved.headers().firstValue("ETag").orElseThrow();
        }
        return 5;
    }

    /**
     * CPU seconds used so far by this JVM (server and load client) and by the benchmark's PostgreSQL (postmaster, its
     * live backends, and the backends it has reaped), from /proc: {jvm, postgres}. Load from other processes on the
     * machine does not count, so cpu-ms per operation is a fair cost even on a busy machine.
     */
    private double[] cpuSeconds() {
        try {
            double ticks = 100.0;
            double jvm = procCpu("self", false) / ticks;
            double pg = 0;
            if (postmasterPid > 0) {
                pg += procCpu(Long.toString(postmasterPid), true) / ticks;
                try (var dirs = java.nio.file.Files.list(Path.of("/proc"))) {
                    for (Path dir : dirs.toList()) {
                        String name = dir.getFileName().toString();
                        if (name.chars().allMatch(Character::isDigit) && parentOf(name) == postmasterPid) {
                            pg += procCpu(name, false) / ticks;
                        }
                    }
                }
            }
            return new double[] {jvm, pg};
        } catch (java.io.IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    private static long[] statFields(String pid) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long[] out = new long[fields.length];
        for (int i = 1; i < Math.min(fields.length, 20); i++) { // field 0 is the state letter
            out[i] = Long.parseLong(fields[i]);
        }
        return out;
    }

    /** utime + stime (+ cutime + cstime), in clock ticks; fields counted from the state field. */
    private static long procCpu(String pid, boolean withChildren) throws java.io.IOException {
        long[] f = statFields(pid);
        return f[11] + f[12] + (withChildren ? f[13] + f[14] : 0);
    }

    private static long parentOf(String pid) {
        try {
            return statFields(pid)[1];
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private long postmasterPid;

    /** An operation returning how many counted operations it performed (its latency is split evenly). */
    private interface Operation {
        int run() throws Exception;
    }

    private record Result(String name, double perSecond, Histogram histogram, double cpuMsPerOp, double pgMsPerOp,
                          double load) {
        String row(int threads) {
            return String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.0f | %.1f |",
                    name, threads, perSecond, ms(histogram.getValueAtPercentile(50)),
                    ms(histogram.getValueAtPercentile(90)), ms(histogram.getValueAtPercentile(99)),
                    ms(histogram.getMaxValue()), cpuMsPerOp, pgMsPerOp, 2000.0 / cpuMsPerOp, load);
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }

    private Result drive(String name, Operation operation) throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicLong done = new AtomicLong();
        double[][] cpuAtWarmEnd = {null};
        Instant warmEnd = Instant.now().plus(warmup);
        Instant end = warmEnd.plus(measure);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    long start = System.nanoTime();
                    int ops = operation.run();
                    long micros = (System.nanoTime() - start) / 1000 / ops;
                    if (Instant.now().isAfter(warmEnd)) {
                        for (int i = 0; i < ops; i++) {
                            recorder.recordValue(Math.max(1, micros));
                        }
                        done.addAndGet(ops);
                    }
                }
                return null;
            }));
        }
        java.time.Duration untilWarm = java.time.Duration.between(Instant.now(), warmEnd);
        if (!untilWarm.isNegative()) {
            java.util.concurrent.locks.LockSupport.parkNanos(untilWarm.toNanos());
        }
        cpuAtWarmEnd[0] = cpuSeconds();
        for (Future<?> worker : workers) {
            worker.get();
        }
        double[] cpuAtEnd = cpuSeconds();
        double cpu = cpuAtEnd[0] + cpuAtEnd[1] - cpuAtWarmEnd[0][0] - cpuAtWarmEnd[0][1];
        double pg = cpuAtEnd[1] - cpuAtWarmEnd[0][1];
        pool.shutdown();
        Histogram histogram = recorder.getIntervalHistogram();
        double load = Double.parseDouble(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        Result result = new Result(name, done.get() / (double) measure.toSeconds(), histogram,
                cpu * 1000.0 / Math.max(1, done.get()), pg * 1000.0 / Math.max(1, done.get()), load);
        System.out.println(result.row(threads));
        return result;
    }

    private String login(String user) throws Exception {
        HttpResponse<String> response = send(null, "POST", "/api/auth/login", null,
                "{\"username\":\"" + user + "\",\"password\":\"bellwether-dev\"}");
        check(response.statusCode() == 200, "login answered " + response.statusCode());
        return Json.read(response.body(), Map.class).get("token").toString();
    }

    private HttpResponse<String> send(String token, String method, String path, String ifMatch, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
