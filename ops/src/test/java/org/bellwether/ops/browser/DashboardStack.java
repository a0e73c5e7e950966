package org.bellwether.ops.browser;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bellwether.api.BellwetherApplication;
import org.bellwether.api.BellwetherConfiguration;
import org.bellwether.api.SearchBackend;
import org.bellwether.api.admin.TextExpiry;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.triage.AlertIntake;
import org.bellwether.api.intake.CollectorGauges;
import org.bellwether.api.intake.watchlist.CollectorsStatusResource;
import org.bellwether.api.intake.watchlist.WatchlistResource;
import org.bellwether.embedded.EmbeddedPostgresServer;
import org.bellwether.model.Alert;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.ScoredPost;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorMetrics;
import org.bellwether.ingest.watchlist.Watchlist;
import org.bellwether.ingest.watchlist.WatchlistRegistry;
import org.bellwether.search.LuceneSearchIndex;
import org.bellwether.search.SearchSettings;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The api with its dashboard for the browser tests, started once per test run: a real embedded PostgreSQL, a real
 * (in-memory) Lucene replica fed with {@link DemoFixture} as the indexer would feed it, alerts taken in by the
 * api's own {@link AlertIntake}, dev-mode demo users and messengers. Kafka is off. Until the launcher's full
 * {@code dev} stack is available to tests, this is the stack the pages run against.
 */
final class DashboardStack implements ExtensionContext.Store.CloseableResource {
    static final String PASSWORD = "bellwether-dev";
    private static DashboardStack instance;

    final DemoFixture fixture = new DemoFixture(Instant.now());
    private final EmbeddedPostgresServer postgres;
    private final LuceneSearchIndex index;
    private final DropwizardTestSupport<BellwetherConfiguration> app;
    private final HttpClient http = HttpClient.newHttpClient();
    final Jdbi jdbi;

    /** The one stack of this test run, closed when the run ends. */
    static synchronized DashboardStack get(ExtensionContext context) {
        if (instance == null) {
            instance = new DashboardStack();
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(DashboardStack.class, instance);
        }
        return instance;
    }

    private DashboardStack() {
        postgres = EmbeddedPostgresServer.temporary().start();
        String url = postgres.createDatabase("dashboard");
        index = LuceneSearchIndex.open(SearchSettings.inMemory());
        fixture.posts.forEach(index::upsertPost);
        fixture.narratives.forEach(index::upsertNarrative);
        index.commit();
        index.refresh();
        app = new DropwizardTestSupport<>(BellwetherApplication.class,
                ResourceHelpers.resourceFilePath("org/bellwether/ops/browser/dashboard-test.yml"),
                ConfigOverride.config("database.url", url),
                ConfigOverride.config("contactKeys.keys.browser1", ContactCipher.newKey())) {
            @Override
            public Application<BellwetherConfiguration> newApplication() {
                return new BellwetherApplication() {
                    @Override
                    protected SearchBackend buildSearch(BellwetherConfiguration config, Environment environment) {
                        return new SearchBackend(index, () -> null, TextExpiry.NONE, List.of());
                    }

                    @Override
                    public void run(BellwetherConfiguration config, Environment environment) {
                        super.run(config, environment);
                        registerCollectorAdmin(environment);
                    }
                };
            }
        };
        try {
            app.before();
        } catch (Exception e) {
            throw new IllegalStateException("the api did not start", e);
        }
        jdbi = Jdbi.create(url, EmbeddedPostgresServer.SUPERUSER, "").installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
        AlertIntake intake = new AlertIntake(jdbi, app.getConfiguration().getTriage().build(),
                new DatabaseAuditTrail(jdbi, Clock.systemUTC()), Clock.systemUTC());
        fixture.alerts.forEach(intake::ingest);
    }

    /**
     * Intake's admin resources as the api registers them: the watchlist (applied locally here; the api also
     * publishes it) and per-source counters.
     */
    private static void registerCollectorAdmin(Environment environment) {
        WatchlistRegistry registry = new WatchlistRegistry(Watchlist.EMPTY, Clock.systemUTC());
        registry.update("keywords: [shelter, tap water]\nhashtags: [portlucena]\n", "system");
        CollectorMetrics metrics = new CollectorMetrics(new CollectorGauges(environment.metrics()));
        CollectorCounters rss = metrics.counters("rss:courier");
        for (int i = 0; i < 42; i++) {
            rss.collected();
        }
        rss.duplicate();
        rss.succeeded(Instant.now());
        metrics.counters("mastodon:social.example").failed("HTTP 503 <b>Service Unavailable</b>");
        environment.jersey().register(new WatchlistResource(registry, registry::update));
        environment.jersey().register(new CollectorsStatusResource(metrics));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + app.getLocalPort();
    }

    /** Adds a narrative, its posts and an alert while the pages run (live updates). */
    void publish(Narrative narrative, List<ScoredPost> posts, Alert alert) {
        publish(narrative, posts);
        new AlertIntake(jdbi, app.getConfiguration().getTriage().build(), new DatabaseAuditTrail(jdbi,
                Clock.systemUTC()), Clock.systemUTC()).ingest(alert);
    }

    /** Adds a narrative and its posts while the pages run, as no rule flagged it: it has no case. */
    void publish(Narrative narrative, List<ScoredPost> posts) {
        posts.forEach(index::upsertPost);
        index.upsertNarrative(narrative);
        index.commit();
        index.refresh();
    }

    /** An API call with a fresh token of that user, as an outside client would make it. */
    String call(String user, String method, String path, String jsonBody) {
        try {
            String token = token(user);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            request = jsonBody == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new AssertionError(method + " " + path + " → " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String token(String user) throws java.io.IOException, InterruptedException {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.writeString(Map.of("username", user,
                        "password", PASSWORD)))).build(), HttpResponse.BodyHandlers.ofString());
        return (String) Json.read(login.body(), Map.class).get("token");
    }

    /** The CSP violation reports the browsers sent so far. */
    long cspReports() {
        return ((Number) Json.read(call("admin", "GET", "/api/csp-reports", null), Map.class).get("total")).longValue();
    }

    String cspReportBodies() {
        return call("admin", "GET", "/api/csp-reports", null);
    }

    @Override
    public void close() {
        app.after();
        index.close();
        postgres.close();
    }
}
