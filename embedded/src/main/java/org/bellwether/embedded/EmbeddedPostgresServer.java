package org.bellwether.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky embedded binaries) listening on 127.0.0.1 only. A persistent server keeps its
 * data directory between runs; a temporary one is wiped on close. Start and close are synchronized and idempotent.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String SUPERUSER = "postgres";

    private final Path dataDir;
    private final int port;
    private final boolean clean;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path dataDir, int port, boolean clean) {
        this.dataDir = dataDir;
        this.port = port;
        this.clean = clean;
    }

    /** A server whose data lives in {@code dataDir} and survives restarts; port 0 picks a free port. */
    public static EmbeddedPostgresServer persistent(Path dataDir, int port) {
        return new EmbeddedPostgresServer(dataDir, port, false);
    }

    /** A server on a free port with a temporary data directory: for tests. */
    public static EmbeddedPostgresServer temporary() {
        try {
            return new EmbeddedPostgresServer(Files.createTempDirectory("bellwether-pg-"), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized EmbeddedPostgresServer start() {
        if (postgres != null) {
            return this;
        }
        try {
            Files.createDirectories(dataDir);
            stopOrphan();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // a temporary server stops with the JVM; a persistent one is stopped by its owner, in order
                    .setRegisterShutdownHook(clean);
            if (port != 0) {
                builder.setPort(port);
            }
            postgres = builder.start();
            LOG.info("Embedded PostgreSQL ready on 127.0.0.1:{} (data {})", postgres.getPort(), dataDir);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL failed to start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return requireStarted().getPort();
    }

    /** Creates the database if it does not exist yet and returns its JDBC URL. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _");
        }
        try (Connection connection = requireStarted().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public DataSource dataSource(String database) {
        return requireStarted().getDatabase(SUPERUSER, database);
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public synchronized void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("PostgreSQL shutdown: {}", e.getMessage());
            }
            postgres = null;
        }
        if (clean) {
            FileTrees.deleteQuietly(dataDir);
        }
    }

    /**
     * A JVM killed without its shutdown (kill -9) leaves its PostgreSQL running on the data directory; stop that
     * orphan (it has no clients left) so this start can take the directory over.
     */
    private void stopOrphan() throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(ProcessHandle::isAlive)
                // a reused pid belongs to something else: only ever stop a postgres
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(orphan -> {
            LOG.warn("Stopping PostgreSQL process {} left running on {}", orphan.pid(), dataDir);
            orphan.destroy();
            try {
                orphan.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL process " + orphan.pid() + " on " + dataDir
                        + " did not stop; stop it and start again", e);
            }
        });
    }

    private EmbeddedPostgres requireStarted() {
        if (postgres == null) {
            throw new IllegalStateException("PostgreSQL is not started");
        }
        return postgres;
    }
}
