package org.bellwether.api.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.bellwether.embedded.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * One real PostgreSQL per test JVM (started on first use, stopped by its shutdown hook) and a fresh, migrated
 * database per test class.
 */
public final class TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgresServer server;

    private final String url;
    private final Jdbi jdbi;

    private TestDatabase(String url) {
        this.url = url;
        this.jdbi = Jdbi.create(url, EmbeddedPostgresServer.SUPERUSER, "")
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
    }

    /** A new database with every migration applied. */
    public static TestDatabase fresh(String purpose) {
        String name = "t" + COUNTER.incrementAndGet() + "_" + purpose.toLowerCase().replaceAll("[^a-z0-9]", "");
        String url = server().createDatabase(name.length() > 60 ? name.substring(0, 60) : name);
        migrate(url);
        return new TestDatabase(url);
    }

    /** A new database without migrations (for the application's own start-up migration). */
    public static String emptyDatabaseUrl(String purpose) {
        String name = "t" + COUNTER.incrementAndGet() + "_" + purpose.toLowerCase().replaceAll("[^a-z0-9]", "");
        return server().createDatabase(name.length() > 60 ? name.substring(0, 60) : name);
    }

    public static void migrate(String url) {
        Flyway.configure().dataSource(url, EmbeddedPostgresServer.SUPERUSER, "")
                .locations("classpath:db/migration").load().migrate();
    }

    private static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            server = EmbeddedPostgresServer.temporary().start();
        }
        return server;
    }

    public String url() {
        return url;
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}
