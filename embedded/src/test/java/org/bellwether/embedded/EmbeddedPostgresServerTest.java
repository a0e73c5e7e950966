package org.bellwether.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Test
    void keepsDataAcrossARestartAndListensOnLoopback(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.persistent(data, 0).start()) {
            String url = pg.createDatabase("bellwether");
            assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");
            try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id int primary key)");
                s.execute("INSERT INTO kept VALUES (42)");
                try (ResultSet rs = s.executeQuery("SHOW listen_addresses")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
                }
            }
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.persistent(data, 0).start()) {
            String url = pg.createDatabase("bellwether"); // already there: no error
            try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void takesOverADataDirectoryWhoseOwnerWasKilled(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        Process owner = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                OwnerThatGetsKilled.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(owner.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals("ready")) {
                // PostgreSQL start-up output
            }
            assertThat(line).as("owner started PostgreSQL").isEqualTo("ready");
            owner.destroyForcibly().waitFor(); // kill -9: no shutdown hook runs, postgres stays up
            long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

            try (EmbeddedPostgresServer successor = EmbeddedPostgresServer.persistent(data, 0).start();
                 Connection c = DriverManager.getConnection(successor.jdbcUrl("kept"),
                         EmbeddedPostgresServer.SUPERUSER, "")) {
                assertThat(c.isValid(5)).isTrue();
                assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            }
        } finally {
            owner.destroyForcibly();
        }
    }

    /** Runs in a child JVM: starts a persistent server, says so, then waits to be killed. */
    public static final class OwnerThatGetsKilled {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(Path.of(args[0]), 0).start();
            server.createDatabase("kept");
            System.out.println("ready");
            System.out.flush();
            Thread.currentThread().join();
        }
    }

    @Test
    void rejectsUnsafeDatabaseNames() {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.temporary()) {
            assertThatThrownBy(() -> pg.createDatabase("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
